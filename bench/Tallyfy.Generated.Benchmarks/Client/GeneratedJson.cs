using System.Text.Json;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>A generated type's own reader, as its converter calls it: the type implements <c>ApiJsonModel&lt;T&gt;</c>.</summary>
internal static class GeneratedJson
{
    public static T Read<T>(ref Utf8JsonReader reader)
        where T : global::Tallyfy.ApiJsonModel<T> => T.Read(ref reader);
}
