using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The parts of an object class that a discriminated hierarchy adds: the constructor that sets the discriminator, the
/// closed root's <c>Unknown</c> case and <c>Match</c>/<c>Switch</c>, and the converter's dispatch on the discriminator
/// value (reading) and on the runtime type (writing).
/// </summary>
internal static class HierarchyEmitter
{
    public static void EmitConstructor(SourceWriter writer, ObjectTypeModel type, HierarchyModel hierarchy, string ns)
    {
        if (hierarchy.Closed)
        {
            writer.Doc("Only the derived classes and " + GeneratedNames.Unknown + " are instances: the hierarchy is closed.");
            writer.Line("private protected " + type.Name + "() { }");

            return;
        }

        if (hierarchy.DefaultValue is not { } value)
        {
            return;
        }

        writer.Doc("A new instance, its discriminator (" + hierarchy.DiscriminatorJsonName + ") set to \"" + value + "\".");
        using (writer.Open("public " + type.Name + "()"))
        {
            var literal = CSharp.Literal(value);
            writer.Line(hierarchy.DiscriminatorName + " = " + (hierarchy.DiscriminatorType.Kind == TypeKind.Enum
                ? "new " + CSharp.TypeName(hierarchy.DiscriminatorType, ns) + "(" + literal + ")"
                : literal) + ";");
        }
    }

    /// <summary>The closed root's <c>Unknown</c> case and its exhaustive <c>Match</c>/<c>Switch</c>.</summary>
    public static void EmitClosedMembers(SourceWriter writer, ObjectTypeModel type, HierarchyModel hierarchy, string ns)
    {
        writer.Line();
        writer.Doc(hierarchy.DefaultMapping is { } fallback
            ? "A value of none of the derived classes, made in code: a body whose discriminator is absent or names none of them is read as " + fallback + " (the spec's defaultMapping)."
            : "A value whose discriminator names none of the derived classes (or is absent): the base's properties, every other member kept.");
        writer.Line("public sealed class " + GeneratedNames.Unknown + " : " + type.Name + " { }");

        writer.Line();
        var cases = hierarchy.Descendants.Select(d => (CSharp.Qualified(ns, d.Name), d.ArgumentName))
            .Append((GeneratedNames.Unknown, GeneratedNames.UnknownArgument))
            .ToList();
        MatchEmitter.Emit(writer, type.Name, cases, "value");
    }

    /// <summary>Reads the derived class the discriminator names, or the type itself for any other value.</summary>
    public static void EmitDispatchingReader(SourceWriter writer, HierarchyModel hierarchy, string ns, string qualified)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        var reader = GeneratedNames.ReaderLocal;
        writer.Doc("Reads the object at the reader's current token as the class its discriminator (" + hierarchy.DiscriminatorJsonName + ") names, wherever the property is.");
        using (writer.Open(ModelEmitter.ReadSignature(ns, qualified, reader)))
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            using (writer.Open("switch (" + json + ".PeekDiscriminator(" + reader + ", " + CSharp.Literal(hierarchy.DiscriminatorJsonName) + "))"))
            {
                foreach (var derived in hierarchy.Descendants)
                {
                    var values = derived.Values.Where(seen.Add).ToList();
                    if (values.Count == 0)
                    {
                        continue;
                    }

                    foreach (var value in values)
                    {
                        writer.Line($"case {CSharp.Literal(value)}:");
                    }

                    writer.Line("    return " + ReadDerived(derived, ns, reader) + ";");
                }
            }

            writer.Line();
            if (hierarchy.DefaultMapping is { } fallback && hierarchy.Descendants.FirstOrDefault(d => d.Name == fallback) is { } defaultClass)
            {
                // No value, or one no class is mapped to: the spec's defaultMapping class.
                writer.Line("return " + ReadDerived(defaultClass, ns, reader) + ";");
            }
            else
            {
                writer.Line("return " + GeneratedNames.ReadCore + "(ref " + reader + ");");
            }
        }
    }

    /// <summary>The read of a derived class: its core reader when classes derive from it in turn, else its converter's.</summary>
    private static string ReadDerived(DerivedTypeModel derived, string ns, string reader) =>
        (derived.HasChildren
            ? CSharp.Qualified(ns, derived.Name) + "." + GeneratedNames.ReadCore
            : ModelEmitter.Converter(ns, CSharp.Qualified(ns, derived.Name)) + "." + GeneratedNames.ReadValue) + "(ref " + reader + ")";

    /// <summary>Hands an instance of a derived class to its own converter, which writes its discriminator and all its properties.</summary>
    public static void EmitWriteDispatch(SourceWriter writer, string typeName, HierarchyModel hierarchy, string ns, string output, string value, NameScope scope)
    {
        foreach (var child in hierarchy.Descendants.Where(d => d.Parent == typeName))
        {
            var local = scope.Allocate(GeneratedNames.DerivedLocal);
            writer.Line("if (" + value + " is " + CSharp.Qualified(ns, child.Name) + " " + local + ") { "
                + ModelEmitter.Converter(ns, CSharp.Qualified(ns, child.Name)) + "." + GeneratedNames.WriteValue + "(" + output + ", " + local + "); return; }");
        }
    }
}
