// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// The converter of every generated type: System.Text.Json calls the type's own reflection-free reader and writer.
/// </summary>
/// <typeparam name="T">The type the converter reads and writes.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ApiJsonConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
    where T : global::Tallyfy.Generated.Support.ApiJsonModel<T>
{
    // The generated code calls them through it too: ReadValue and WriteValue directly, and Reader and Writer where a
    // support method takes them as delegates (made once per type).
    internal static readonly global::Tallyfy.Generated.Support.ApiJsonValueReader<T> Reader = T.Read;

    internal static readonly global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> Writer = T.Write;

    internal static T ReadValue(ref global::System.Text.Json.Utf8JsonReader reader) => T.Read(ref reader);

    internal static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, T value) => T.Write(writer, value);

    /// <inheritdoc/>
    public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
        T.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) =>
        T.Write(writer, value);
}
