// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// An optional member's value and whether it was set. A model the client sends keeps one for each optional member whose
/// schema allows null: set to null, the member is sent as <c>null</c> (in a JSON merge patch, "remove it"); never set,
/// it is left out ("keep it"). A model read from JSON has it set for each member the JSON had, <c>null</c> included.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public readonly struct ApiOptional<T>
{
    /// <summary>A member set to <paramref name="value"/>, null included.</summary>
    public ApiOptional(T value)
    {
        Value = value;
        IsSet = true;
    }

    /// <summary>The value; the type's default when the member was not set.</summary>
    public T Value { get; }

    /// <summary>Whether the member was set (to null or to a value).</summary>
    public bool IsSet { get; }
}
