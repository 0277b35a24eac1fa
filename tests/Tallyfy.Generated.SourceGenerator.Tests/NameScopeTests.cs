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

    [Fact]
    public void Scopes_of_the_same_fixed_names_share_them_but_not_what_each_takes()
    {
        var fixedNames = new[] { "ToString", "@Equals", "Match" };
        var first = new NameScope(fixedNames, "Pet");
        var second = new NameScope(fixedNames, "Order");
        var fresh = new NameScope(new[] { "ToString", "@Equals", "Match", "Pet" });

        // The same names as a scope made of the list and the type's name, the escaped fixed name included.
        foreach (var name in new[] { "Match", "Equals", "Pet", "Ok", "Ok", "@class" })
        {
            Assert.Equal(fresh.Allocate(name), first.Allocate(name));
        }

        // What the first took stays in it: the second sees its own type name and the fixed names only.
        Assert.True(first.IsTaken("Ok"));
        Assert.False(second.IsTaken("Ok"));
        Assert.False(second.IsTaken("Pet"));
        Assert.True(second.IsTaken("Order"));
        Assert.True(second.IsTaken("@ToString"));
        Assert.Equal("Ok", second.Allocate("Ok"));
        Assert.Equal("Match2", second.Allocate("Match"));
        Assert.False(second.Reserve("Equals"));

        // A child sees the fixed names and the parent's; what it takes stays inside it.
        var child = second.Child();
        Assert.True(child.IsTaken("Match") && child.IsTaken("Ok"));
        Assert.Equal("Name", child.Allocate("Name"));
        Assert.False(second.IsTaken("Name"));

        // A scope reused from one type to the next keeps the fixed names and forgets the rest.
        second.Reset(fixedNames, "Tag");
        Assert.False(second.IsTaken("Ok") || second.IsTaken("Order"));
        Assert.True(second.IsTaken("Tag") && second.IsTaken("Match"));
    }
}
