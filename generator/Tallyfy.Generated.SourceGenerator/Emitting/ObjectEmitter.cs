using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Emits an object schema: a class with one init property per schema property (in a hierarchy, the ones its base class
/// does not declare), a dictionary of the members the schema does not declare, and its JSON converter.
/// </summary>
internal static class ObjectEmitter
{
    /// <param name="allowMissingRequired">The client's <see cref="ClientModel.AllowMissingRequired"/>: a required member left out reads as its default.</param>
    public static void Emit(SourceWriter writer, ObjectTypeModel type, string ns, bool closed = false, bool allowMissingRequired = false)
    {
        var hierarchy = type.Hierarchy;
        writer.Doc(type.Description);
        writer.Line(ModelEmitter.ConverterAttribute(ns, type.Name));
        CSharp.Obsolete(writer, type.Deprecation);
        writer.Line(CSharp.GeneratedCodeAttribute);
        if (hierarchy is { Closed: true })
        {
            CSharp.UnionBase(writer, ns, closed);
        }

        var qualified = CSharp.Qualified(ns, type.Name);
        var baseName = hierarchy?.BaseName is { } inherited ? CSharp.Qualified(ns, inherited) : null;
        using (writer.Open($"public {ClassModifiers(type, closed)}partial class {type.Name}{ModelEmitter.BaseList(ns, qualified, baseName)}"))
        {
            var first = true;
            if (hierarchy is not null)
            {
                HierarchyEmitter.EmitConstructor(writer, type, hierarchy, ns);
                first = false;
            }

            foreach (var property in type.Properties.Skip(type.InheritedCount))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Doc(property.Description);
                var required = property.IsOptionalInCode || property.IsDefaultedRequired ? string.Empty : "required ";
                // [Obsolete] on a `required` member of a type that is not obsolete is CS9042: its remarks say it instead.
                var remarkedDeprecation = required.Length > 0 && type.Deprecation is null ? property.Deprecation : null;
                if (Remark(property, hierarchy, remarkedDeprecation) is { } remark)
                {
                    writer.Line(remark);
                }

                CSharp.Obsolete(writer, remarkedDeprecation is null ? property.Deprecation : null);
                var typeName = property.IsOptionalInCode
                    ? CSharp.NullableTypeName(property.Type, ns)
                    : CSharp.TypeName(property.Type, ns);
                if (property.SendsNull)
                {
                    // Whether it was set, beside the value: the writer sends a null set on purpose and leaves out a property never set.
                    var field = GeneratedNames.PropertyLocal(property.Name);
                    writer.Line($"public {typeName} {property.Name} {{ get => {field}.Value; init => {field} = new(value); }}");
                    writer.Line($"{(IsSealed(type) ? "private" : "private protected")} {CSharp.Qualified(ns, GeneratedNames.ApiOptional)}<{typeName}> {field};");
                    continue;
                }

                writer.Line($"public {required}{typeName} {property.Name} {{ get; init; }}{(property.IsDefaultedRequired ? " = " + CSharp.DefaultExpression(property.Type, property.Default!, ns) + ";" : string.Empty)}");
            }

            if (type.Extra is { Inherited: false } extra)
            {
                if (!first)
                {
                    writer.Line();
                }

                writer.Doc("Undeclared members; null when none.");
                writer.Line($"public {ExtraDictionary(extra, ns, "IDictionary")}? {extra.Name} {{ get; init; }}");
            }

            if (hierarchy is { Closed: true })
            {
                HierarchyEmitter.EmitClosedMembers(writer, type, hierarchy, ns);
            }

            // What reads and writes the type, after what a user reads of it.
            writer.Line();
            if (hierarchy is { Descendants.Count: > 0 })
            {
                HierarchyEmitter.EmitDispatchingReader(writer, hierarchy, ns, qualified);
                writer.Line();
                EmitReader(writer, type, ns, qualified, GeneratedNames.ReadCore, allowMissingRequired);
            }
            else
            {
                EmitReader(writer, type, ns, qualified, GeneratedNames.ReadValue, allowMissingRequired);
            }

            writer.Line();
            EmitWriter(writer, type, ns, qualified, allowMissingRequired);
        }
    }

    /// <summary>
    /// The property's remarks: only when they tell what the declaration does not (a JSON name other than the plain
    /// PascalCase of the C# name, read-only, write-only, required yet nullable, the discriminator, a default) or that it is
    /// deprecated where it cannot be <c>[Obsolete]</c> (<paramref name="deprecation"/>, a message that says so); null otherwise.
    /// </summary>
    private static string? Remark(PropertyModel property, HierarchyModel? hierarchy, string? deprecation)
    {
        var deprecated = deprecation is null ? string.Empty : SourceWriter.EscapeXml(deprecation);
        var discriminator = property.JsonName == hierarchy?.DiscriminatorJsonName;
        // A required property that may be null is not `required` in C#: the remark is where that shows.
        if (IsPlainName(property.JsonName, property.Name) && property.Access == PropertyAccess.ReadWrite && !discriminator
            && property.DefaultText is null && property.Default is null && !(property.Required && property.Nullable)
            && !property.CheckedWhenSent)
        {
            return deprecation is null ? null : "/// <remarks>" + deprecated + "</remarks>";
        }

        return "/// <remarks>JSON name: <c>" + SourceWriter.EscapeXml(property.JsonName) + "</c>"
            + (property.Required ? ", required" : string.Empty)
            + (property.Nullable ? ", may be null" : string.Empty)
            + (property.Access == PropertyAccess.ReadOnly ? ", read-only (from the server)" : string.Empty)
            + (property.Access == PropertyAccess.WriteOnly ? ", write-only (to the server)" : string.Empty)
            // Required one way only, in a class that travels both (where it may not come): optional in C#.
            + (property.CheckedWhenSent
                ? (property.Access == PropertyAccess.WriteOnly ? " and required there" : ", required in requests") + ": a request without it fails before it is sent"
                : string.Empty)
            + (property.RequiredWhenReceived && !property.Required ? " and required there: every response carries it" : string.Empty)
            + (discriminator ? ", the discriminator: each derived class sets its own value" : string.Empty) + "."
            + DefaultRemark(property) + (deprecation is null ? string.Empty : " " + deprecated) + "</remarks>";
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="jsonName"/>'s words, each capitalised and joined (<c>status_code</c>, <c>statusCode</c>: <c>StatusCode</c>).</summary>
    internal static bool IsPlainName(string jsonName, string name)
    {
        // Compared as the words are read, without making the joined name: every property of every model asks.
        var at = 0;
        var start = true;
        foreach (var c in jsonName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                start = true;
                continue;
            }

            if (at == 0 && char.IsDigit(c))
            {
                return false;
            }

            if (at == name.Length || name[at] != (start ? char.ToUpperInvariant(c) : c))
            {
                return false;
            }

            at++;
            start = false;
        }

        return at > 0 && at == name.Length;
    }

    /// <summary>The default in the property's remarks, and whether an absent response property reads as it.</summary>
    private static string DefaultRemark(PropertyModel property)
    {
        if (property.DefaultText is null && property.Default is null)
        {
            return string.Empty;
        }

        var text = property.DefaultText is null ? " The spec fixes it to its enum's only value" : " Default: <c>" + SourceWriter.EscapeXml(SourceWriter.OneLine(property.DefaultText)) + "</c>";
        return text + (property.Default is null ? "." : "; a response that leaves it out reads as this value.");
    }

    private static string ClassModifiers(ObjectTypeModel type, bool closed) =>
        type.Hierarchy is { Closed: true } ? CSharp.UnionModifier(closed) : IsSealed(type) ? "sealed " : string.Empty;

    /// <summary>Whether the class is sealed: outside a hierarchy, or a leaf of an open one.</summary>
    private static bool IsSealed(ObjectTypeModel type) => type.Hierarchy is null or { Closed: false, HasChildren: false };

    /// <summary>
    /// The statement that writes one property: optional ones left out when null, except a required nullable one or one
    /// that remembers being set (<see cref="PropertyModel.SendsNull"/>), whose null is written.
    /// </summary>
    private static string WriteMember(PropertyModel property, string name, string member, string output, string ns, NameScope scope, bool allowMissingRequired)
    {
        var writesNull = property.Required || property.SendsNull;
        if (JsonCode.WriteProperty(property.Type, output, name, member, ns, skipNull: property.IsOptionalInCode && !writesNull, nullable: property.IsOptionalInCode) is { } line)
        {
            return line;
        }

        // With AllowMissingRequired a required member a response left out holds its default: a null reference is
        // written as null (a value type's default is written as it is).
        if (!property.IsOptionalInCode && !(allowMissingRequired && !property.Type.IsValueType))
        {
            return $"{output}.WritePropertyName({name}); {JsonCode.Write(property.Type, output, member, ns)}";
        }

        var local = scope.Allocate(GeneratedNames.PropertyLocal(property.Name));
        return $"if ({member} is {{ }} {local}) {{ {output}.WritePropertyName({name}); {JsonCode.Write(property.Type, output, local, ns)} }}{(writesNull ? " else { " + output + ".WriteNull(" + name + "); }" : string.Empty)}";
    }

    /// <summary>The dictionary type of the undeclared members (<c>IDictionary</c> in the class; <c>Dictionary</c> while reading typed members).</summary>
    internal static string ExtraDictionary(ExtraMembersModel extra, string ns, string kind) =>
        "global::System.Collections.Generic." + kind + "<string, "
        + (extra.ValueNullable ? CSharp.NullableTypeName(extra.ValueType, ns) : CSharp.TypeName(extra.ValueType, ns)) + ">";

    private static void EmitReader(SourceWriter writer, ObjectTypeModel type, string ns, string qualified, string method, bool allowMissingRequired)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        // A type outside a hierarchy reads itself in a private constructor, which sets each optional property as its member
        // is read: no local and no initializer line per property. A required or defaulted property keeps its local (an
        // absent member is missing, or reads as the default), and so does every property of a hierarchy's types.
        var inConstructor = type.Hierarchy is null && method == GeneratedNames.ReadValue && ConstructorIsShorter(type);
        // The method's scope: its parameter first, then one local per property (and one per required nullable property,
        // where null is a value and only a flag tells an absent member).
        var scope = new NameScope(new[] { GeneratedNames.ReaderLocal });
        var reader = GeneratedNames.ReaderLocal;
        var locals = new Dictionary<PropertyModel, (string Value, string Seen)>(ReferenceComparer<PropertyModel>.Instance);
        foreach (var property in type.Properties)
        {
            if (inConstructor && IsSetDirectly(property))
            {
                continue;
            }

            var value = scope.Allocate(GeneratedNames.PropertyLocal(property.Name));
            var seen = property.Required && property.Nullable ? scope.Allocate(GeneratedNames.SeenLocal(property.Name)) : string.Empty;
            locals[property] = (value, seen);
        }

        // Untyped undeclared members, read in the constructor, go straight into their property too.
        var extraDirect = inConstructor && type.Extra is { ValueType.Kind: TypeKind.Any };
        var extraLocal = type.Extra is { } extraMembers && !extraDirect ? scope.Allocate(GeneratedNames.PropertyLocal(extraMembers.Name)) : null;

        // A closed hierarchy's root is abstract: a value it reads itself is its Unknown case.
        var created = type.Hierarchy is { Closed: true } ? qualified + "." + GeneratedNames.Unknown : qualified;
        var typeName = CSharp.Literal(type.Name);

        // The member names are one table per type, looked up by one call per member name read; each property is a
        // case of one switch on its index (cheaper to compile than a comparison per property, and no slower to run).
        if (type.Properties.Count > 0)
        {
            writer.Line($"private static readonly byte[][] {GeneratedNames.MemberNames} = {json}.Names({string.Join(", ", type.Properties.Select(p => CSharp.Literal(p.JsonName)))});");
            writer.Line();
        }

        // A property named like the constructor's parameter or one of its locals is set through this.
        string Target(string property) => scope.IsTaken(property) ? "this." + property : property;

        string signature;
        if (inConstructor)
        {
            // The reading constructor takes the place of the implicit public one, which stays.
            writer.Line($"public {type.Name}() {{ }}");
            writer.Line();
            writer.Line($"{ModelEmitter.ReadSignature(ns, qualified, reader)} => new(ref {reader});");
            writer.Line();
            if (type.Properties.Any(p => !p.IsOptionalInCode && !p.IsDefaultedRequired))
            {
                writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            }

            signature = $"private {type.Name}(ref global::System.Text.Json.Utf8JsonReader {reader})";
        }
        else
        {
            // The type's own reader, or in a hierarchy the one its discriminating reader falls back to (a derived class's hides its base's).
            signature = method == GeneratedNames.ReadCore
                ? $"internal static {(type.Hierarchy?.BaseName is null ? string.Empty : "new ")}{qualified} {method}(ref global::System.Text.Json.Utf8JsonReader {reader})"
                : ModelEmitter.ReadSignature(ns, qualified, reader);
        }

        using (writer.Open(signature))
        {
            writer.Line($"{json}.ExpectObject(ref {reader}, {typeName});");
            foreach (var property in type.Properties)
            {
                if (!locals.TryGetValue(property, out var local))
                {
                    continue;
                }

                // An absent property reads as its default (a constant for a required single-value enum); an explicit null stays null.
                writer.Line($"{CSharp.TypeName(property.Type, ns)}? {local.Value} = {(property.Default is { } fallback ? CSharp.DefaultExpression(property.Type, fallback, ns) : "default")};");
                if (local.Seen.Length > 0)
                {
                    writer.Line($"var {local.Seen} = false;");
                }
            }

            if (type.Extra is { } extraDeclared && !extraDirect)
            {
                // Untyped members are kept as their JSON text (ApiJson.Members), behind the property's interface type.
                writer.Line($"{ExtraDictionary(extraDeclared, ns, extraDeclared.ValueType.Kind == TypeKind.Any ? "IDictionary" : "Dictionary")}? {extraLocal} = null;");
            }

            var other = type.Extra is { } extraRead
                ? JsonCode.ReadMember(extraRead, reader, extraDirect ? Target(extraRead.Name) : extraLocal!, ns)
                : json + ".SkipMember(ref " + reader + ");";
            using (writer.Open($"while ({json}.NextMember(ref {reader}, {typeName}))"))
            {
                if (type.Properties.Count == 0)
                {
                    writer.Line(other);
                }
                else
                {
                    using (writer.Open($"switch ({json}.MemberIndex(ref {reader}, {GeneratedNames.MemberNames}))"))
                    {
                        var index = 0;
                        foreach (var property in type.Properties)
                        {
                            var (value, seen) = locals.TryGetValue(property, out var local) ? local : (Target(property.Name), string.Empty);
                            writer.Line($"case {CSharp.Int(index++)}: {value} = {JsonCode.ReadProperty(property.Type, reader, ns, property.Nullable)}; {(seen.Length > 0 ? seen + " = true; " : string.Empty)}break;");
                        }

                        writer.Line("default: " + other + " break;");
                    }
                }
            }

            if (inConstructor)
            {
                foreach (var property in type.Properties)
                {
                    if (locals.TryGetValue(property, out var local))
                    {
                        writer.Line($"{Target(property.Name)} = {Read(property, local.Value, local.Seen)};");
                    }
                }

                if (type.Extra is { } extra && !extraDirect)
                {
                    writer.Line($"{Target(extra.Name)} = {extraLocal};");
                }

                return;
            }

            if (type.Properties.Count == 0 && type.Extra is null)
            {
                writer.Line($"return new {created}();");
                return;
            }

            using (writer.OpenExpression($"return new {created}"))
            {
                foreach (var property in type.Properties)
                {
                    var (value, seen) = locals[property];
                    writer.Line($"{property.Name} = {Read(property, value, seen)},");
                }

                if (type.Extra is { } extra)
                {
                    writer.Line($"{extra.Name} = {extraLocal},");
                }
            }
        }

        // The property's value after the loop: a required property that was absent (or null where null is not a value)
        // throws, or with AllowMissingRequired reads as its default (except while a union tries the type as a variant).
        string Read(PropertyModel property, string value, string seen)
        {
            var missing = allowMissingRequired
                ? json + ".MissingOrDefault<" + CSharp.TypeName(property.Type, ns) + ">(" + typeName + ", " + CSharp.Literal(property.JsonName) + ")"
                : "throw " + json + ".MissingProperty(" + typeName + ", " + CSharp.Literal(property.JsonName) + ")";
            return !property.Required ? value
                : seen.Length > 0 ? seen + " ? " + value + " : " + missing
                : value + " ?? " + missing;
        }
    }

    /// <summary>
    /// Whether the reading constructor is the shorter code: each property it sets directly saves a local and an
    /// initializer line (about three times its name and 30 characters), while the constructors cost about twice the
    /// type's name and 80 characters (and the attribute, when the type has <c>required</c> properties).
    /// </summary>
    private static bool ConstructorIsShorter(ObjectTypeModel type)
    {
        var saved = 0;
        var requiredMembers = false;
        foreach (var property in type.Properties)
        {
            saved += IsSetDirectly(property) ? 3 * property.Name.Length + 30 : 0;
            requiredMembers |= !property.IsOptionalInCode && !property.IsDefaultedRequired;
        }

        saved += type.Extra is { ValueType.Kind: TypeKind.Any } extra ? 2 * extra.Name.Length + 50 : 0;
        return saved > 2 * type.Name.Length + 80 + (requiredMembers ? 70 : 0);
    }

    /// <summary>
    /// The statement that fails a request whose value carries none of the type's <see cref="ObjectTypeModel.RequiredAlternatives"/>
    /// in full (InfluxDB's DBRP: <c>orgID</c> or <c>org</c>); null when there is nothing to check (<see cref="RequiredAlternativesCondition"/>).
    /// </summary>
    private static string? RequiredAlternativesCheck(ObjectTypeModel type, string value, string ns) =>
        RequiredAlternativesCondition(type.Properties, type.RequiredAlternatives, value, sentFromClass: true) is { } check
            ? "if (!(" + check.Condition + ")) { " + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".NeededOneOf("
                + CSharp.Literal(type.Name) + ", " + CSharp.Literal(check.Described) + "); }"
            : null;

    /// <summary>
    /// Whether <paramref name="value"/> carries the members of one of <paramref name="alternatives"/> in full, and the
    /// alternatives as a message says them; null when there is nothing to check: no alternatives, or one that names a
    /// member the class does not declare or a read-only one (a request can never carry it), or one whose members are
    /// all required in C# (always there).
    /// </summary>
    /// <param name="sentFromClass">
    /// Whether the check runs inside the model's own writer, which sends a null set on purpose (a member that
    /// remembers being set); a form, written by the client, sends no null, so there a member is there when not null.
    /// </param>
    internal static (string Condition, string Described)? RequiredAlternativesCondition(
        EquatableArray<PropertyModel> properties,
        EquatableArray<EquatableArray<string>> alternatives,
        string value,
        bool sentFromClass)
    {
        if (alternatives.Count == 0)
        {
            return null;
        }

        var conditions = new List<string>(alternatives.Count);
        var described = new List<string>(alternatives.Count);
        foreach (var alternative in alternatives)
        {
            var present = new List<string>(alternative.Count);
            foreach (var jsonName in alternative)
            {
                var property = properties.FirstOrDefault(p => p.JsonName == jsonName);
                if (property is null || property.Access == PropertyAccess.ReadOnly)
                {
                    return null;
                }

                if (property.SendsNull && sentFromClass)
                {
                    present.Add(IsSet(value, property));
                }
                else if (property.IsOptionalInCode)
                {
                    present.Add(value + "." + property.Name + " is not null");
                }
            }

            if (present.Count == 0)
            {
                return null;
            }

            conditions.Add(present.Count == 1 ? present[0] : "(" + string.Join(" && ", present) + ")");
            described.Add(string.Join(" and ", alternative.Select(name => "'" + name + "'")));
        }

        return (string.Join(" || ", conditions), string.Join(" or ", described));
    }

    /// <summary>Whether a property that remembers being set (<see cref="PropertyModel.SendsNull"/>) of <paramref name="value"/> was set.</summary>
    private static string IsSet(string value, PropertyModel property) => value + "." + GeneratedNames.PropertyLocal(property.Name) + ".IsSet";

    /// <summary>Whether the reading constructor sets the property as its member is read: an optional property without a default.</summary>
    private static bool IsSetDirectly(PropertyModel property) => !property.Required && property.Default is null;

    private static void EmitWriter(SourceWriter writer, ObjectTypeModel type, string ns, string qualified, bool allowMissingRequired)
    {
        var scope = new NameScope(new[] { GeneratedNames.WriterLocal, GeneratedNames.ValueLocal });
        var output = GeneratedNames.WriterLocal;
        var value = GeneratedNames.ValueLocal;
        using (writer.Open(ModelEmitter.WriteSignature(ns, qualified, output, value)))
        {
            if (type.Hierarchy is { } hierarchy)
            {
                HierarchyEmitter.EmitWriteDispatch(writer, type.Name, hierarchy, ns, output, value, scope);
            }

            // Optional properties that are null, and read-only ones, are left out.
            // Each member's name is the reader's entry for it in the type's name table: no UTF-8 literal per member, which
            // the compiler would turn into a data field of its own.
            if (RequiredAlternativesCheck(type, value, ns) is { } check)
            {
                writer.Line(check);
            }

            writer.Line($"{output}.WriteStartObject();");
            for (var index = 0; index < type.Properties.Count; index++)
            {
                var property = type.Properties[index];
                if (property.Access == PropertyAccess.ReadOnly)
                {
                    continue;
                }

                var name = GeneratedNames.MemberNames + "[" + CSharp.Int(index) + "]";
                var member = value + "." + property.Name;
                var statement = WriteMember(property, name, member, output, ns, scope, allowMissingRequired);
                // A member requests must carry, optional here because responses read the class too: unset, a request fails.
                var needed = property.CheckedWhenSent
                    ? CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".NeededInRequest(" + CSharp.Literal(type.Name) + ", " + CSharp.Literal(property.JsonName) + ");"
                    : null;
                // A property that remembers being set is sent when set, a null as null, and left out when never set.
                if (property.SendsNull)
                {
                    writer.Line($"if ({IsSet(value, property)}) {{ {statement} }}" + (needed is null ? string.Empty : " else { " + needed + " }"));
                }
                else
                {
                    if (needed is not null)
                    {
                        writer.Line($"if ({member} is null) {{ {needed} }}");
                    }

                    writer.Line(statement);
                }
            }

            if (type.Extra is { } extra)
            {
                writer.Line(JsonCode.WriteMembers(extra, output, value + "." + extra.Name, ns));
            }

            writer.Line($"{output}.WriteEndObject();");
        }
    }
}
