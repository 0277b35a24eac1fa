using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Emits a <c>oneOf</c>/<c>anyOf</c> schema as a closed union: one sealed case per variant plus <c>Unknown</c>, which keeps
/// any value no variant reads (an unknown discriminator, a new shape), so a response never fails on a new variant.
/// The variant is chosen by the discriminator when the spec declares one, else by the JSON token and, for objects,
/// by which variant's required properties are present and how many of its properties match.
/// </summary>
internal static class UnionTypeEmitter
{
    public static void Emit(SourceWriter writer, UnionTypeModel type, string ns, bool closed = false)
    {
        var qualified = CSharp.Qualified(ns, type.Name);
        writer.Doc(type.Description ?? "One of several shapes.");
        writer.DocXml("A closed union: one case per variant the spec lists (" + string.Join(", ", type.Variants.Select(v => "<see cref=\"" + v.Name + "\"/>"))
            + "), and <see cref=\"" + GeneratedNames.Unknown + "\"/> for a value none of them reads.", "remarks");
        writer.Line(ModelEmitter.ConverterAttribute(ns, type.Name));
        CSharp.Obsolete(writer, type.Deprecation);
        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.UnionBase(writer, ns, closed);
        using (writer.Open("public " + CSharp.UnionModifier(closed) + "partial class " + type.Name + ModelEmitter.BaseList(ns, qualified, null)))
        {
            writer.Line("private " + type.Name + "() { }");
            foreach (var variant in type.Variants)
            {
                EmitCase(writer, type, variant.Name, CSharp.TypeName(variant.Type, ns), variant.Type.IsValueType, "The " + VariantLabel(variant) + " variant.");
            }

            EmitCase(writer, type, GeneratedNames.Unknown, "global::System.Text.Json.JsonElement", true, "A value none of the variants reads, kept as received.");
            var cases = type.Variants.Select(v => (v.Name, v.ArgumentName)).Append((GeneratedNames.Unknown, GeneratedNames.UnknownArgument)).ToList();
            writer.Line();
            MatchEmitter.Emit(writer, type.Name, cases, "value");
            foreach (var variant in type.Variants.Where(v => v.Type.Kind is not (TypeKind.Array or TypeKind.Map)))
            {
                writer.Line($"public static implicit operator {qualified}({CSharp.TypeName(variant.Type, ns)} value) => new {variant.Name}(value);");
            }

            writer.Line();
            var objects = type.Variants.Where(v => IsObjectVariant(v)).ToList();
            if (objects.Count > 0)
            {
                writer.Line("private static readonly string[][] " + GeneratedNames.KnownProperties + " = { " + string.Join(", ", objects.Select(v => Strings(v.PropertyNames))) + " };");
                writer.Line("private static readonly string[][] " + GeneratedNames.RequiredProperties + " = { " + string.Join(", ", objects.Select(v => Strings(v.RequiredNames))) + " };");
                writer.Line();
            }

            EmitReader(writer, type, ns, qualified, objects);
            writer.Line();
            // The method's own names: its two parameters and the one pattern variable of each case.
            const string output = GeneratedNames.WriterLocal;
            const string input = GeneratedNames.ValueLocal;
            const string held = GeneratedNames.ItemLocal;
            using (writer.Open(ModelEmitter.WriteSignature(ns, qualified, output, input)))
            {
                using (writer.Open("switch (" + input + ")"))
                {
                    foreach (var variant in type.Variants)
                    {
                        writer.Line($"case {qualified}.{variant.Name} {held}: {JsonCode.Write(variant.Type, output, held + "." + GeneratedNames.Value, ns)} break;");
                    }

                    writer.Line($"case {qualified}.{GeneratedNames.Unknown} {held}: {held}.{GeneratedNames.Value}.WriteTo({output}); break;");
                    writer.Line("default: throw new global::System.ArgumentNullException(nameof(" + input + "));");
                }
            }
        }
    }

    private static void EmitCase(SourceWriter writer, UnionTypeModel union, string name, string valueType, bool valueTypeIsStruct, string doc)
    {
        writer.Line();
        writer.Doc(doc);
        using (writer.Open("public sealed class " + name + " : " + union.Name))
        {
            writer.Line("public " + name + "(" + valueType + " value) => " + GeneratedNames.Value
                + (valueTypeIsStruct ? " = value;" : " = value ?? throw new global::System.ArgumentNullException(nameof(value));"));
            writer.Line("public " + valueType + " " + GeneratedNames.Value + " { get; }");
        }
    }

    private static void EmitReader(SourceWriter writer, UnionTypeModel type, string ns, string qualified, List<UnionVariantModel> objects)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        var attempts = 0;
        using (writer.Open(ModelEmitter.ReadSignature(ns, qualified)))
        {
            if (type.Discriminator is not null && type.Variants.Any(v => v.DiscriminatorValues.Count > 0))
            {
                using (writer.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)"))
                {
                    writer.Line("var " + GeneratedNames.DiscriminatorLocal + " = " + json + ".FindDiscriminator(reader, " + CSharp.Literal(type.Discriminator) + ");");
                    using (writer.Open("switch (" + GeneratedNames.DiscriminatorLocal + ")"))
                    {
                        foreach (var variant in type.Variants.Where(v => v.DiscriminatorValues.Count > 0))
                        {
                            foreach (var value in variant.DiscriminatorValues)
                            {
                                writer.Line($"case {CSharp.Literal(value)}:");
                            }

                            writer.Indent++;
                            EmitAttempt(writer, variant, ns, qualified, ref attempts);
                            writer.Line("return new " + qualified + "." + GeneratedNames.Unknown + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
                            writer.Indent--;
                        }
                    }

                    if (type.DefaultVariant is { } fallback && type.Variants.FirstOrDefault(v => v.Name == fallback) is { } defaultVariant)
                    {
                        // No value, or one the spec does not map: the spec's defaultMapping variant.
                        EmitAttempt(writer, defaultVariant, ns, qualified, ref attempts);
                        writer.Line("return new " + qualified + "." + GeneratedNames.Unknown + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
                    }
                    else
                    {
                        // A discriminator the spec does not map is a variant this client does not know; only an absent one
                        // leaves the choice to the value's shape.
                        using (writer.Open("if (" + GeneratedNames.DiscriminatorLocal + " is not null)"))
                        {
                            writer.Line("return new " + qualified + "." + GeneratedNames.Unknown + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
                        }
                    }
                }

                writer.Line();
            }

            var tokenCases = type.Variants.Any(v => v.Type.Kind is not TypeKind.Any);
            using (tokenCases ? writer.Open("switch (reader.TokenType)") : default(SourceWriter.Block?))
            {
                // Formats that reject most strings go before the open enums and plain strings that accept any.
                EmitTokenCase(writer, "String", type.Variants.Where(v => v.Type.Kind is TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.DateOnly
                        or TypeKind.TimeOnly or TypeKind.Duration or TypeKind.DateTimeRfc1123 || v.Type.WritesAsString)
                    .Concat(type.Variants.Where(v => v.Type.Kind is TypeKind.Enum or TypeKind.String or TypeKind.Uri or TypeKind.Bytes or TypeKind.Base64Url or TypeKind.Binary)), ns, qualified, ref attempts);
                EmitTokenCase(writer, "Number", type.Variants.Where(v => v.Type.IsInteger || v.Type.Kind is TypeKind.Enum)
                    .Concat(type.Variants.Where(v => v.Type.Kind is TypeKind.Float or TypeKind.Double or TypeKind.Decimal)), ns, qualified, ref attempts);
                EmitTokenCase(writer, "True", type.Variants.Where(v => v.Type.Kind is TypeKind.Boolean), ns, qualified, ref attempts, "False");
                EmitTokenCase(writer, "StartArray", type.Variants.Where(v => v.Type.Kind is TypeKind.Array), ns, qualified, ref attempts);
                if (objects.Count > 0 || type.Variants.Any(v => v.Type.Kind == TypeKind.Map))
                {
                    writer.Line("case global::System.Text.Json.JsonTokenType.StartObject:");
                    writer.Indent++;
                    if (objects.Count > 0)
                    {
                        using (writer.Open("foreach (var index in " + json + ".RankObjectVariants(reader, " + GeneratedNames.KnownProperties + ", " + GeneratedNames.RequiredProperties + "))"))
                        {
                            using (writer.Open("switch (index)"))
                            {
                                for (var i = 0; i < objects.Count; i++)
                                {
                                    writer.Line("case " + CSharp.Int(i) + ":");
                                    writer.Indent++;
                                    EmitAttempt(writer, objects[i], ns, qualified, ref attempts);
                                    writer.Line("break;");
                                    writer.Indent--;
                                }
                            }
                        }
                    }

                    foreach (var map in type.Variants.Where(v => v.Type.Kind == TypeKind.Map))
                    {
                        EmitAttempt(writer, map, ns, qualified, ref attempts);
                    }

                    writer.Line("break;");
                    writer.Indent--;
                }
            }

            foreach (var any in type.Variants.Where(v => v.Type.Kind == TypeKind.Any))
            {
                writer.Line("return new " + qualified + "." + any.Name + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
                return;
            }

            writer.Line("return new " + qualified + "." + GeneratedNames.Unknown + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
        }
    }

    /// <summary>A <c>case</c> for one token type that tries each fitting variant in turn.</summary>
    private static void EmitTokenCase(SourceWriter writer, string token, IEnumerable<UnionVariantModel> variants, string ns, string qualified, ref int attempts, string? alsoToken = null)
    {
        var list = variants.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.Line($"case global::System.Text.Json.JsonTokenType.{token}:");

        if (alsoToken is not null)
        {
            writer.Line($"case global::System.Text.Json.JsonTokenType.{alsoToken}:");
        }

        writer.Indent++;
        foreach (var variant in list)
        {
            EmitAttempt(writer, variant, ns, qualified, ref attempts);
        }

        writer.Line("break;");
        writer.Indent--;
    }

    /// <summary>Reads the variant from a copy of the reader; only a successful read moves the real reader on.</summary>
    private static void EmitAttempt(SourceWriter writer, UnionVariantModel variant, string ns, string qualified, ref int attempts)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        var reader = GeneratedNames.LambdaReader(0);
        // Each attempt's value has its own name: the cases of a switch share one scope.
        var value = GeneratedNames.AttemptValueLocal(attempts++);
        var read = JsonCode.ReadDelegate(variant.Type, reader, ns, supportHelpers: true);
        // The line ends by creating the variant from what was read.
        if (variant.Type.Kind == TypeKind.Enum)
        {
            // An open enum accepts anything; beside other variants only a value it knows picks it, so the reader moves on only then.
            var attempt = GeneratedNames.AttemptLocal;
            writer.Line($"{{ var {attempt} = reader; if ({json}.TryReadVariant(ref {attempt}, {read}, out var {value}) && {value}.{GeneratedNames.IsKnown}) {{ reader = {attempt}; return new {qualified}.{variant.Name}({value}); }} }}");
            return;
        }

        writer.Line($"if ({json}.ReadVariant(ref reader, {read}, out var {value})) return new {qualified}.{variant.Name}({value});");
    }

    /// <summary>Objects are ranked by their properties; a nested union is tried among them, as any object might be it.</summary>
    private static bool IsObjectVariant(UnionVariantModel variant) => variant.Type.Kind is TypeKind.Object or TypeKind.Union;

    private static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(CSharp.Literal)) + " }";

    private static string VariantLabel(UnionVariantModel variant) => variant.Name;
}
