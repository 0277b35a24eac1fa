// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// Marks a generated union (an operation's result, a <c>oneOf</c>/<c>anyOf</c> schema, a closed hierarchy's root): its
/// cases are the classes of its namespace derived from it, and no others exist. The Tallyfy.Generated analyzer checks that a
/// <c>switch</c> over it handles every case, and lets a complete one go without a discard arm.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
[global::System.AttributeUsage(global::System.AttributeTargets.Class, Inherited = false)]
public sealed class ApiUnionAttribute : global::System.Attribute
{
    /// <summary>Whether the union is a C# 15 closed class, whose <c>switch</c> expressions the compiler checks itself.</summary>
    public bool Closed { get; set; }
}
