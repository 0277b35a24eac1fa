using Tallyfy.Generated.SourceGenerator.Model;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

public sealed class NameScopeTests
{
    [Fact]
    public void A_reset_scope_forgets_what_it_took_and_allocates_as_a_new_scope_of_the_same_names()
    {
        var reserved = new[] { "ToString", "@Equals" };
        var reused = new NameScope();
        foreach (var name in new[] { "Id", "Name", "Pet", "Value", "Extra" })
        {
            reused.Allocate(name);
        }

        reused.Reset(reserved, "Pet");
        var fresh = new NameScope(new[] { "ToString", "@Equals", "Pet" });

        foreach (var name in new[] { "Id", "Pet", "Equals", "ToString", "@class", "Id" })
        {
            Assert.Equal(fresh.Allocate(name), reused.Allocate(name));
        }

        Assert.False(reused.IsTaken("Name"));
        Assert.True(reused.IsTaken("Equals"));
    }
}
