namespace Tallyfy.Generated.SourceGenerator;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which came from the cache.</summary>
internal static class TrackingNames
{
    public const string Documents = nameof(Documents);
    public const string SpecFiles = nameof(SpecFiles);
    public const string Parsed = nameof(Parsed);
    public const string Clients = nameof(Clients);
    public const string Emitted = nameof(Emitted);
    public const string Namespaces = nameof(Namespaces);
    public const string Baselines = nameof(Baselines);
    public const string Changes = nameof(Changes);
    public const string ClosedTypes = nameof(ClosedTypes);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string TargetFramework = nameof(TargetFramework);
    public const string Collisions = nameof(Collisions);
    public const string ClosedTypeAttribute = nameof(ClosedTypeAttribute);
}
