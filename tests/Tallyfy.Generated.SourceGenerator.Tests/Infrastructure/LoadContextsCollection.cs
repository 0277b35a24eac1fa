using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// The snapshot test, whose Snapshooter reads every type of every assembly in the process, and the test that loads the
/// command line into a collectible assembly load context (which must go, to show what it loaded; it is waited for until
/// collected): one after the other, never at the same time. A collectible context unloading while Snapshooter walked
/// its types made it throw a <c>NullReferenceException</c> from <c>Type.IsAssignableFrom</c>; the generated clients that
/// other tests load (<c>PrismRealSpecTests</c>, <c>GitHubSpecFixture</c>) stay in contexts that are never unloaded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LoadContextsCollection
{
    public const string Name = "Collectible assembly load contexts";
}
