// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// A generated type that reads and writes itself as JSON, without reflection: its reader and writer are static members
/// of the type itself, implemented explicitly so they do not show among its own members.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
public interface ApiJsonModel<T>
    where T : global::Tallyfy.Generated.Support.ApiJsonModel<T>
{
    /// <summary>Reads one value at the reader's current token.</summary>
    static abstract T Read(ref global::System.Text.Json.Utf8JsonReader reader);

    /// <summary>Writes the value (never null).</summary>
    static abstract void Write(global::System.Text.Json.Utf8JsonWriter writer, T value);
}
