// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Reads one JSON value at the reader's current token.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal delegate T ApiJsonValueReader<T>(ref global::System.Text.Json.Utf8JsonReader reader);
