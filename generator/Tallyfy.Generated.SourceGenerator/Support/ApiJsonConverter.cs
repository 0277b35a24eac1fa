// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// The base of every generated converter: System.Text.Json calls the type's own reflection-free reader and writer,
/// so a converter is one line that names them.
/// </summary>
/// <typeparam name="T">The type the converter reads and writes.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
public abstract class ApiJsonConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
{
    private readonly global::Tallyfy.Generated.Support.ApiJsonValueReader<T> _read;
    private readonly global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> _write;

    private protected ApiJsonConverter(global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    /// <inheritdoc/>
    public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
        _read(ref reader);

    /// <inheritdoc/>
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) =>
        _write(writer, value);
}
