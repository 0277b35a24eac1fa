using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

internal sealed partial class OpenApiParser
{
    private const string ComponentSchemaPrefix = "#/components/schemas/";

    /// <summary>A discriminator's <c>mapping</c> or <c>defaultMapping</c> target as a pointer: a bare name means a component schema.</summary>
    private static string MappingPointer(string target) =>
        target.StartsWith("#", StringComparison.Ordinal) ? target : ComponentSchemaPrefix + target;

    /// <summary>The generated types, components first in spec order, then inline schemas as met.</summary>
    private readonly List<TypeModel> _types = new();

    /// <summary>Names reserved for component schemas up front, so they do not depend on the order of use.</summary>
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);

    /// <summary>What each <c>$ref</c> target resolved to; filled before a type's members are read, so cycles end.</summary>
    private readonly Dictionary<SpecNode, TypeRef> _resolved = new();

    /// <summary>The enum each inline parameter or header schema that made one was given, by its name hint and canonical text (<see cref="ResolveNamedInlineSchema"/>).</summary>
    private readonly Dictionary<(string Hint, string Text), TypeRef> _inlineNamedTypes = new();

    private readonly HashSet<SpecNode> _inProgress = new();

    private readonly struct SchemaInfo
    {
        public SchemaInfo(TypeRef type, bool nullable)
        {
            Type = type;
            Nullable = nullable;
        }

        public TypeRef Type { get; }

        public bool Nullable { get; }
    }

    /// <summary>The client class's name; operation methods must not take it.</summary>
    private string _clientName = string.Empty;

    private void RegisterComponentSchemas(string clientName)
    {
        _clientName = clientName;
        // The support types and the client's own types come first: a schema that would take one of them steps aside.
        foreach (var reserved in GeneratedNames.SupportTypes.Concat(new[] { clientName, GeneratedNames.Interface(clientName), GeneratedNames.Credentials(clientName) }))
        {
            _typeNames.Reserve(reserved);
        }

        if (GetObject(_root, "components") is not { } components || GetObject(components, "schemas") is not { } schemas)
        {
            return;
        }

        // In ordinal order of the schema names, so which of two colliding schemas is numbered does not depend on the spec's order.
        foreach (var schema in schemas.Properties.OrderBy(schema => schema.Name, StringComparer.Ordinal))
        {
            _componentNames[ComponentSchemaPrefix + schema.Name] = AllocateTypeName(Naming.ModelTypeName(FastApiBodyName(schema.Name) ?? schema.Name));
        }

        ScanHierarchies(schemas);
        ScanUnionDiscriminators(schemas);
        foreach (var schema in schemas.Properties)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ResolveSchema(schema.Value, _componentNames[ComponentSchemaPrefix + schema.Name], componentName: true);
        }

        CompleteHierarchies();
    }

    /// <summary>
    /// Takes a top-level type name in the namespace-wide scope, together with the names derived from it (its converter),
    /// clear of framework names user code relies on; every generated top-level type is named here.
    /// </summary>
    private string AllocateTypeName(string preferred) =>
        _typeNames.Allocate(Naming.ClearOfFramework(preferred), GeneratedNames.WithDerivedTypes);

    /// <summary>Resolves a schema (or a <c>$ref</c> to one) to a C# type, emitting a type for objects and enums.</summary>
    /// <param name="nameHint">The name a new type takes if the schema needs one.</param>
    /// <param name="componentName">The hint is a reserved component name, not a candidate to make unique.</param>
    private SchemaInfo ResolveSchema(SpecNode node, string nameHint, bool componentName = false)
    {
        if (node is SpecObject withRef && withRef["$ref"] is SpecScalar { Kind: ScalarKind.String } refValue)
        {
            var target = Deref(node, out var pointer);
            if (target is null)
            {
                return new SchemaInfo(TypeRef.Any, true);
            }

            string? reserved = null;
            var isComponent = pointer is not null && _componentNames.TryGetValue(pointer, out reserved);
            // A schema in another file is named after the last segment of its pointer, like a component.
            var hint = isComponent ? reserved! : pointer is not null && (!pointer.StartsWith("#", StringComparison.Ordinal) || _nodeDocuments.ContainsKey(node)) && pointer.LastIndexOf('/') is var slash and >= 0 && slash < pointer.Length - 1
                ? Naming.ModelTypeName(pointer.Substring(slash + 1))
                : nameHint;
            var resolved = ResolveSchema(target, hint, isComponent);

            // 3.1 allows siblings next to $ref; "nullable" there is honoured too.
            return new SchemaInfo(resolved.Type, resolved.Nullable || IsNullableMarker(withRef));
        }

        if (node is SpecScalar { Kind: ScalarKind.Boolean })
        {
            return new SchemaInfo(TypeRef.Any, true);
        }

        if (node is not SpecObject schema)
        {
            Report(Diagnostics.DiagnosticDescriptors.WrongKeywordType, Locate(node), "schema", "an object");
            return new SchemaInfo(TypeRef.Any, true);
        }

        if (_resolved.TryGetValue(schema, out var known))
        {
            return new SchemaInfo(known, IsNullable(schema));
        }

        if (!_inProgress.Add(schema))
        {
            // A cycle through arrays or maps only: nothing to name, so the cycle is cut with a JSON value.
            return new SchemaInfo(TypeRef.Any, true);
        }

        try
        {
            var type = ResolveUncached(schema, nameHint, componentName);
            _resolved[schema] = type;
            return new SchemaInfo(type, IsNullable(schema));
        }
        finally
        {
            _inProgress.Remove(schema);
        }
    }

    /// <summary>
    /// The annotation of an annotated reference (an allOf of one constraining part and parts that only annotate it) or
    /// of a scalar allOf (<see cref="ScalarAllOfPart"/>): the first inline part with a description, a title, readOnly or
    /// writeOnly. Null for any other schema.
    /// </summary>
    private SpecObject? Annotation(SpecObject? schema)
    {
        if (schema is null || schema["properties"] is not null || GetArray(schema, "allOf") is not { Items.Count: > 1 } allOf)
        {
            return null;
        }

        // A scalar allOf (ScalarAllOfPart) is described and marked by its inline parts as well.
        var only = OnlyConstrainingPart(allOf);
        if (only is null && ScalarAllOfPart(schema, out _) is null)
        {
            return null;
        }

        SpecObject? first = null;
        foreach (var part in allOf.Items)
        {
            if (!ReferenceEquals(part, only) && part is SpecObject annotation && annotation["$ref"] is null
                && (annotation["description"] ?? annotation["title"] ?? annotation["readOnly"] ?? annotation["writeOnly"]) is not null)
            {
                first ??= annotation;
            }
        }

        return first;
    }

    /// <summary>Keywords that describe a value without constraining it: a schema of only these (and x- extensions) annotates.</summary>
    private static readonly HashSet<string> AnnotationKeywords = new(StringComparer.Ordinal)
    {
        "description", "title", "summary", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
        "nullable", "externalDocs", "xml", "$comment",
    };

    /// <summary>
    /// The one part of an allOf that constrains the value (a reference, or a schema with a keyword beyond
    /// <see cref="AnnotationKeywords"/>) when every other part only annotates; the single part of a one-part allOf;
    /// else null (a composition).
    /// </summary>
    private SpecNode? OnlyConstrainingPart(SpecArray allOf)
    {
        if (allOf.Items.Count == 1)
        {
            return allOf.Items[0];
        }

        SpecNode? constraining = null;
        foreach (var part in allOf.Items)
        {
            if (part is SpecObject inline && inline["$ref"] is null
                && inline.Properties.All(p => AnnotationKeywords.Contains(p.Name) || p.Name.StartsWith("x-", StringComparison.Ordinal)))
            {
                continue;
            }

            if (constraining is not null)
            {
                return null;
            }

            constraining = part;
        }

        return constraining;
    }

    /// <summary>
    /// Whether <paramref name="schema"/>'s own <c>required</c> names a member that <paramref name="part"/> does not
    /// require itself (directly or through its own allOf parts), where the part (or what it references) is an object of
    /// declared members: not a union, not a member of a discriminated hierarchy, not a map or a scalar.
    /// </summary>
    private bool RequiresMoreOfPlainObject(SpecObject schema, SpecNode part)
    {
        if (GetArray(schema, "required") is not { Items.Count: > 0 } names
            || Deref(part, out _) is not SpecObject target || _hierarchy.ContainsKey(target)
            || (target["oneOf"] ?? target["anyOf"]) is not null
            || (target["properties"] is not SpecObject && GetArray(target, "allOf") is null)
            || PrimaryType(target) is not (null or "object"))
        {
            return false;
        }

        var already = new HashSet<string>(StringComparer.Ordinal);
        CollectRequired(target, already, depth: 0);
        foreach (var name in names.Items)
        {
            if (name is SpecScalar { Kind: ScalarKind.String } text && !already.Contains(text.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names a schema itself requires (not its allOf parts): those its own <c>required</c> lists, and those every
    /// alternative of its oneOf or anyOf requires when the alternatives only list required members (InfluxDB's DBRP:
    /// orgID or org, each beside bucketID, database and retention_policy), since a value meeting any of them has those.
    /// </summary>
    private void AddRequiredNames(SpecObject schema, HashSet<string> required)
    {
        AddListed(schema, required);
        AddRequiredByEveryAlternative(GetArray(schema, "oneOf"), required);
        AddRequiredByEveryAlternative(GetArray(schema, "anyOf"), required);
    }

    private void AddListed(SpecObject schema, HashSet<string> required)
    {
        foreach (var name in GetArray(schema, "required")?.Items ?? default(NodeList<SpecNode>))
        {
            if (name is SpecScalar { Kind: ScalarKind.String } text)
            {
                required.Add(text.Text);
            }
        }
    }

    /// <summary>
    /// Adds the members every alternative requires, when the alternatives only list required members (<see cref="RequiredOnlyLists"/>).
    /// </summary>
    private void AddRequiredByEveryAlternative(SpecArray? alternatives, HashSet<string> required)
    {
        if (RequiredOnlyLists(alternatives) is not { } lists)
        {
            return;
        }

        var common = lists[0];
        for (var index = 1; index < lists.Count; index++)
        {
            common.IntersectWith(lists[index]);
        }

        required.UnionWith(common);
    }

    /// <summary>
    /// The members each alternative lists as required, when every alternative is an inline schema that says nothing but
    /// that (annotations aside); null when there are none or one says more (alternatives that do are a union's business).
    /// </summary>
    private List<HashSet<string>>? RequiredOnlyLists(SpecArray? alternatives)
    {
        if (alternatives is not { Items.Count: > 0 })
        {
            return null;
        }

        foreach (var alternative in alternatives.Items)
        {
            if (alternative is not SpecObject only || only["required"] is not SpecArray || !OnlyRequires(only))
            {
                return null;
            }
        }

        var lists = new List<HashSet<string>>(alternatives.Items.Count);
        foreach (var alternative in alternatives.Items)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            AddListed((SpecObject)alternative, names);
            lists.Add(names);
        }

        return lists;
    }

    /// <summary>
    /// What the alternatives of a schema's oneOf (else anyOf) require beyond <paramref name="required"/>, when they only
    /// list required members (InfluxDB's DBRP: <c>orgID</c> or <c>org</c>): a value must carry the members of one of them.
    /// Where the schema has none, the first such choice of its allOf parts (DigitalOcean's firewall bodies: an allOf part
    /// that is only an anyOf of <c>inbound_rules</c> or <c>outbound_rules</c>). Empty when there is no such choice, or when
    /// one of its alternatives requires nothing more (any value meets it).
    /// </summary>
    private EquatableArray<EquatableArray<string>> RequiredAlternatives(SpecObject schema, HashSet<string> required) =>
        FirstRequiredChoice(schema, required, depth: 0) ?? EquatableArray<EquatableArray<string>>.Empty;

    /// <summary>The keywords whose alternatives may only list required members, in the order they are looked at.</summary>
    private static readonly string[] ChoiceKeywords = { "oneOf", "anyOf" };

    /// <summary>The schema's own choice of required-only alternatives, else its allOf parts' first; null when none has one.</summary>
    private EquatableArray<EquatableArray<string>>? FirstRequiredChoice(SpecObject schema, HashSet<string> required, int depth)
    {
        foreach (var keyword in ChoiceKeywords)
        {
            if (GetArray(schema, keyword) is not { Items.Count: > 1 } alternatives || RequiredOnlyLists(alternatives) is not { } lists)
            {
                continue;
            }

            var choice = new List<EquatableArray<string>>(lists.Count);
            foreach (var names in lists)
            {
                names.ExceptWith(required);
                if (names.Count == 0)
                {
                    return EquatableArray<EquatableArray<string>>.Empty;
                }

                choice.Add(names.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray());
            }

            return choice.ToEquatableArray();
        }

        if (depth < 8 && GetArray(schema, "allOf") is { } parts)
        {
            foreach (var part in parts.Items)
            {
                if (Deref(part, out _) is SpecObject partSchema && FirstRequiredChoice(partSchema, required, depth + 1) is { } choice)
                {
                    return choice;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a schema's keywords are <c>required</c> and annotations alone.</summary>
    private static bool OnlyRequires(SpecObject schema)
    {
        foreach (var keyword in schema.Properties)
        {
            if (keyword.Name is not ("required" or "description" or "title" or "$comment") && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void CollectRequired(SpecObject? schema, HashSet<string> required, int depth)
    {
        if (schema is null || depth > 32)
        {
            return;
        }

        AddRequiredNames(schema, required);
        foreach (var part in GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
        {
            CollectRequired(Deref(part, out _) as SpecObject, required, depth + 1);
        }
    }

    /// <summary>
    /// The part of an allOf (of two or more parts, on a schema without a type or properties of its own) that says which
    /// scalar the value is, when every part is that scalar type or has no type at all (only annotates or constrains it);
    /// a part with a <c>format</c> or <c>enum</c> goes first, as it says the most, and of <c>integer</c> and
    /// <c>number</c> the integer. Null when a part is an object, array or composition, or when the parts name scalar
    /// types no value can be at once (a string and a boolean), which <paramref name="contradictory"/> then says.
    /// </summary>
    private SpecNode? ScalarAllOfPart(SpecObject schema, out bool contradictory)
    {
        contradictory = false;
        // A schema with a type of its own says what the value is itself (its parts only constrain it), as before.
        if (schema["properties"] is not null || schema["type"] is not null || GetArray(schema, "allOf") is not { Items.Count: > 1 } allOf)
        {
            return null;
        }

        string? kind = null;
        SpecNode? chosen = null;
        var chosenSays = false;
        foreach (var part in allOf.Items)
        {
            if (Deref(part, out _) is not SpecObject resolved
                || (resolved["properties"] ?? resolved["items"] ?? resolved["additionalProperties"] ?? resolved["allOf"] ?? resolved["oneOf"] ?? resolved["anyOf"]) is not null
                || NonNullTypes(resolved) is { Count: > 1 })
            {
                return null;
            }

            if (PrimaryType(resolved) is not { } type)
            {
                continue;
            }

            if (!IsScalarType(type))
            {
                return null;
            }

            var says = resolved["format"] is not null || resolved["enum"] is not null;
            if (kind is not null && kind != type)
            {
                if (!(kind is "integer" or "number" && type is "integer" or "number"))
                {
                    contradictory = true;
                }
                else if (type == "integer")
                {
                    (kind, chosen, chosenSays) = (type, part, says);
                }

                continue;
            }

            if (chosen is null || (says && !chosenSays))
            {
                (kind, chosen, chosenSays) = (type, part, says);
            }
        }

        return contradictory ? null : chosen;
    }

    private static bool IsScalarType(string type) => type is "string" or "integer" or "number" or "boolean";

    /// <summary>
    /// Whether the schema (with no <c>properties</c> of its own) is an allOf of two or more parts none of which declares
    /// an object's members (<c>properties</c>, <c>additionalProperties</c>, <c>patternProperties</c>, an object type or
    /// a composition of its own): then <paramref name="arrayPart"/> is the one part that says the value is an array
    /// (<c>type: array</c> or <c>items</c>), when exactly one does and every other part has no type, and null when no
    /// part says what the value is.
    /// </summary>
    private bool MemberlessAllOf(SpecObject schema, out SpecNode? arrayPart)
    {
        arrayPart = null;
        if (schema["properties"] is not null || GetArray(schema, "allOf") is not { Items.Count: > 1 } allOf)
        {
            return false;
        }

        SpecNode? array = null;
        foreach (var part in allOf.Items)
        {
            if (Deref(part, out _) is not SpecObject resolved
                || (resolved["properties"] ?? resolved["additionalProperties"] ?? resolved["patternProperties"] ?? resolved["allOf"] ?? resolved["oneOf"] ?? resolved["anyOf"]) is not null)
            {
                return false;
            }

            if (resolved["items"] is not null || PrimaryType(resolved) == "array")
            {
                if (array is not null)
                {
                    return false;
                }

                array = part;
            }
            else if (resolved["type"] is not null)
            {
                return false;
            }
        }

        arrayPart = array;
        return true;
    }

    /// <summary>
    /// The type of a parameter or header: text on the wire, where a null item has no form, so a list's items are never
    /// nullable there.
    /// </summary>
    private TypeRef ResolveScalarSchema(SpecNode node, string nameHint)
    {
        var type = ResolveSchema(node, nameHint).Type;
        return type.ItemNullable ? type with { ItemNullable = false } : type;
    }

    private TypeRef ResolveUncached(SpecObject schema, string nameHint, bool componentName)
    {
        CheckKeywordTypes(schema);

        // A member of a discriminated hierarchy is a class of its own, whatever else it looks like.
        if (_hierarchy.TryGetValue(schema, out var member))
        {
            return DefineHierarchyObject(schema, member, componentName ? nameHint : AllocateTypeName(nameHint));
        }

        // 3.1 "type: [string, integer]": a value of any of the listed kinds, kept as the JSON value it is; but a number
        // or a string with a numeric format and a pattern for the string (ASP.NET Core writes [integer, string], int32
        // and ^-?(?:0|[1-9]\d*)$ for every int, as its JSON options read "5" too) is the number, read from either form.
        if (NonNullTypes(schema) is { Count: > 1 } several)
        {
            if (several.Count == 2 && several.Contains("string") && several.Find(t => t != "string") is "integer" or "number"
                && GetString(schema, "pattern") is not null
                && NumberOrStringType(several.Find(t => t != "string"), GetString(schema, "format")) is { } number)
            {
                return number with { OrString = true };
            }

            return several.All(t => t is "integer" or "number") ? new TypeRef(TypeKind.Double) : TypeRef.Any;
        }

        // allOf with one member that says what the value is, alone or beside parts that only annotate it (how 3.0,
        // which ignores a $ref's siblings, attaches nullable, a description or readOnly to a $ref), is that member.
        // A required list beside it is no annotation when it names members the referenced object does not require
        // (ShipEngine's request bodies): then the schema is an object class of its own, below.
        if (schema["properties"] is null && GetArray(schema, "allOf") is { } allOf && OnlyConstrainingPart(allOf) is { } only
            && !RequiresMoreOfPlainObject(schema, only))
        {
            return ResolveSchema(only, nameHint, componentName).Type;
        }

        // allOf whose parts all say the value is one scalar type (a $ref to a string beside {type: string, nullable: true})
        // is that scalar; parts naming different scalar types allow no value at all, so whatever comes is kept as JSON.
        if (ScalarAllOfPart(schema, out var contradictory) is { } scalar)
        {
            return ResolveSchema(scalar, nameHint, componentName).Type;
        }

        if (contradictory)
        {
            return TypeRef.Any;
        }

        // allOf whose parts declare no members: an array beside parts that only constrain it (allOf [$ref TagList,
        // {maxItems: 3}]) is that array; parts that only constrain (allOf [{maximum: 30}, {minimum: 20}]) allow any JSON
        // value, as each alone does, and so does the schema unless it declares members itself (below).
        var memberless = MemberlessAllOf(schema, out var arrayPart);
        if (arrayPart is not null)
        {
            return ResolveSchema(arrayPart, nameHint, componentName).Type;
        }

        if ((GetArray(schema, "oneOf") ?? GetArray(schema, "anyOf")) is { } alternatives
            && (schema["properties"] is null || EveryAlternativeDeclaresTheMembers(schema, alternatives)))
        {
            var variants = alternatives.Items.Where(item => !IsNullSchema(item)).ToList();
            if (variants.Count == 0)
            {
                return TypeRef.Any;
            }

            // A oneOf or anyOf of constants (how 3.1 documents each enum value; @fastify/swagger writes TypeBox's union of
            // literals as an anyOf of one-value enums) is an enum.
            if (variants.All(v => v is SpecObject { } c && Constant(c) is not null))
            {
                var constants = variants.Cast<SpecObject>().ToList();
                var integer = constants.All(c => Constant(c) is { Kind: ScalarKind.Number } n && IntegerText(n.Text) is not null);
                if (integer || constants.All(c => Constant(c) is { Kind: ScalarKind.String }))
                {
                    return DefineConstantEnum(schema, constants, nameHint, componentName, integer);
                }
            }

            if (IsPydanticDecimal(variants))
            {
                return new TypeRef(TypeKind.Decimal) { AsString = true };
            }

            // oneOf [X, null] is how 3.1 writes "nullable X": no union needed.
            return variants.Count == 1
                ? ResolveSchema(variants[0], nameHint, componentName).Type
                : DefineUnion(schema, variants, nameHint, componentName);
        }

        var type = PrimaryType(schema);
        if (schema["enum"] is SpecArray values && (type == "string" || (type is null && values.Items.All(v => v is SpecScalar { Kind: ScalarKind.String or ScalarKind.Null }))))
        {
            return DefineEnum(schema, values, nameHint, componentName);
        }

        if (schema["enum"] is SpecArray numbers && type == "integer" && numbers.Items.All(v => v is SpecScalar { Kind: ScalarKind.Number or ScalarKind.Null }))
        {
            // 1.0 is the integer 1; a value no long holds (1e30, 1.5) cannot be a member of a long-backed enum.
            if (numbers.Items.FirstOrDefault(v => v is SpecScalar { Kind: ScalarKind.Number } n && IntegerText(n.Text) is null) is { } outside)
            {
                Report(Diagnostics.DiagnosticDescriptors.EnumValueNotInt64, Locate(outside), ((SpecScalar)outside).Text);
                return new TypeRef(TypeKind.Double);
            }

            return DefineEnum(schema, numbers, nameHint, componentName, integer: true);
        }

        switch (type)
        {
            case "string":
                // pydantic's Decimal is a string of its own pattern, with no format.
                if (IsPydanticDecimalString(schema))
                {
                    return new TypeRef(TypeKind.Decimal) { AsString = true };
                }

                // 3.1's contentEncoding "binary" (RFC 2045: the octets as they are) is 3.0's format: binary, a file.
                var text = StringType(GetString(schema, "format") ?? (GetString(schema, "contentEncoding") == "binary" ? "binary" : null));
                return text.AsString && ShowsNonNumber(schema) ? TypeRef.String : text;
            case "integer":
                return IntegerType(GetString(schema, "format"));
            case "number":
                return NumberType(GetString(schema, "format"));
            case "boolean":
                return new TypeRef(TypeKind.Boolean);
            case "array":
                if (GetArray(schema, "prefixItems") is { Items.Count: > 0 } prefix)
                {
                    return TupleType(schema, prefix, nameHint);
                }

                if (schema["items"] is not { } itemNode)
                {
                    return new TypeRef(TypeKind.Array, Item: TypeRef.Any);
                }

                var items = ResolveSchema(itemNode, nameHint + "Item");
                return new TypeRef(TypeKind.Array, Item: items.Type, ItemNullable: items.Nullable && items.Type.Kind != TypeKind.Any);
        }

        var hasProperties = schema["properties"] is SpecObject { Properties.Count: > 0 } || (schema["allOf"] is SpecArray && !memberless);
        if (!hasProperties)
        {
            if (schema["additionalProperties"] is SpecObject additional)
            {
                var mapValues = ResolveSchema(additional, nameHint + "Value");
                return new TypeRef(TypeKind.Map, Item: mapValues.Type, ItemNullable: mapValues.Nullable && mapValues.Type.Kind != TypeKind.Any);
            }

            if (PatternMap(schema, nameHint) is { } patternMap)
            {
                return patternMap;
            }

            // A free-form object or a schema with no type: any JSON value.
            return TypeRef.Any;
        }

        return DefineObject(schema, nameHint, componentName);
    }

    /// <summary>
    /// An object whose members are given by <c>patternProperties</c> alone (TypeBox's <c>Record</c>, so Elysia's documents:
    /// <c>{"^(.*)$": T}</c>) is a map of the one type its patterns give, when every member must match a pattern
    /// (<c>additionalProperties: false</c>, or a pattern any name matches); null otherwise (other members could hold
    /// any value, so the object stays a JSON value).
    /// </summary>
    private TypeRef? PatternMap(SpecObject schema, string nameHint)
    {
        if (GetObject(schema, "patternProperties") is not { Properties.Count: > 0 } patterns
            || !(schema["additionalProperties"] is SpecScalar { Kind: ScalarKind.Boolean, Text: "false" } || patterns.Properties.Any(p => MatchesAnyName(p.Name))))
        {
            return null;
        }

        var values = patterns.Properties.Select(p => ResolveSchema(p.Value, nameHint + "Value")).ToList();
        if (values.Any(v => v.Type != values[0].Type))
        {
            return null;
        }

        return new TypeRef(TypeKind.Map, Item: values[0].Type, ItemNullable: values.Any(v => v.Nullable) && values[0].Type.Kind != TypeKind.Any);

        // Any name, or any name a JSON member can have in practice (Jira's documentation writes ".+").
        static bool MatchesAnyName(string pattern) => pattern is "" or ".*" or "^.*$" or "^(.*)$" or "(.*)" or "^.*" or ".*$" or ".+" or "^.+$" or "^(.+)$";
    }

    /// <summary>
    /// A tuple (JSON Schema 2020-12's <c>prefixItems</c>, one schema per position, and <c>items</c> for those after them
    /// unless it is <c>false</c>): a list of the one type its positions share, else of a union of their types, as a 3.0
    /// document writes the same tuple (an array of an <c>anyOf</c>); a position that may be null makes the items nullable.
    /// </summary>
    private TypeRef TupleType(SpecObject schema, SpecArray prefix, string nameHint)
    {
        var positions = prefix.Items.ToList();
        if (schema["items"] is SpecObject rest)
        {
            positions.Add(rest);
        }

        var variants = positions.Where(position => !IsNullSchema(position)).ToList();
        if (variants.Count == 0)
        {
            return new TypeRef(TypeKind.Array, Item: TypeRef.Any);
        }

        // Each position as the union would read it (its variants' names), so an inline object is defined once either way.
        var name = nameHint + "Item";
        var resolved = variants.Select((variant, i) => ResolveSchema(variant, name + "Option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var nullable = variants.Count < positions.Count || resolved.Any(r => r.Nullable);
        var item = resolved.All(r => r.Type == resolved[0].Type)
            ? resolved[0].Type
            : DefineUnion(schema, variants, name, componentName: false, standsForSchema: false);
        return new TypeRef(TypeKind.Array, Item: item, ItemNullable: nullable && item.Kind != TypeKind.Any);
    }

    /// <summary>
    /// FastAPI names the schema of a request body it gathers from several parameters (a form, a multipart upload)
    /// <c>Body_</c> and the operation's id (<c>Body_upload_file_files__post</c>): where that id names its method from its
    /// function (<see cref="FunctionStems"/>), the schema is named as an inline request body is (<c>UploadFileRequest</c>).
    /// </summary>
    private string? FastApiBodyName(string schemaName) =>
        schemaName.StartsWith("Body_", StringComparison.Ordinal) && _functionStems.TryGetValue(schemaName.Substring(5), out var stem)
            ? stem + "Request"
            : null;

    private TypeRef DefineObject(SpecObject schema, string nameHint, bool componentName)
    {
        var name = componentName ? nameHint : AllocateTypeName(nameHint);
        var reference = new TypeRef(TypeKind.Object, name);
        _resolved[schema] = reference;

        var index = _types.Count;
        _types.Add(null!);
        var work = _spareObjectWork.Count > 0 ? _spareObjectWork.Pop() : new ObjectWork();
        var properties = work.Properties;
        // A property must not take the type's own name (CS0542) or hide a member every object has.
        var memberNames = RentMemberScope(GeneratedNames.ObjectModelMembers, name);
        var required = work.Required;
        CollectProperties(schema, name, properties, memberNames, required, depth: 0);
        CollectAlternativeProperties(schema, name, properties, memberNames, required, depth: 0);
        var declared = properties.Count;
        AddUndeclaredRequired(properties, required, memberNames);
        // A required readOnly property is absent from requests, a required writeOnly one from responses: neither is
        // demanded. Nor is a required name no property declares demanded of responses (see AddUndeclaredRequired).
        var finalProperties = ImmutableArray.CreateBuilder<PropertyModel>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var listed = required.Contains(property.JsonName);
            var finished = Finish(property, listed && property.Access == PropertyAccess.ReadWrite && i < declared);
            finalProperties.Add(!listed ? finished
                : property.Access == PropertyAccess.WriteOnly || i >= declared ? finished with { RequiredWhenSent = true }
                : property.Access == PropertyAccess.ReadOnly ? finished with { RequiredWhenReceived = true }
                : finished);
        }

        var alternatives = RequiredAlternatives(schema, required);
        work.Clear();
        _types[index] = new ObjectTypeModel(name, Description(schema), new EquatableArray<PropertyModel>(finalProperties.MoveToImmutable()), ExtraMembers(schema, name, memberNames))
        {
            Deprecation = Deprecation(schema),
            RequiredAlternatives = alternatives,
        };
        _spareMemberScopes.Push(memberNames);
        _spareObjectWork.Push(work);
        return reference;
    }

    /// <summary>
    /// A required name that no property declares (turbinelabs.io's ListenerCreate requires <c>host</c> and declares
    /// none): JSON Schema demands the member with any value, so it is a member of its own holding a JSON value, and a
    /// response keeps it by name rather than among the undeclared members. Requests must carry it, as a required
    /// writeOnly member (<see cref="PropertyModel.RequiredWhenSent"/>); responses need not: a name with no schema is
    /// most often a slip of the spec's (Box's shared links require an <c>accessed</c> that no property declares and no
    /// answer carries), and demanding it would leave every such answer unread. Names in ordinal order, after the
    /// declared ones.
    /// </summary>
    private static void AddUndeclaredRequired(List<PropertyModel> properties, HashSet<string> required, NameScope memberNames)
    {
        List<string>? missing = null;
        foreach (var name in required)
        {
            if (!HasProperty(properties, name))
            {
                (missing ??= new List<string>()).Add(name);
            }
        }

        if (missing is null)
        {
            return;
        }

        missing.Sort(StringComparer.Ordinal);
        foreach (var name in missing)
        {
            var preferred = Naming.TypeOrMemberName(name, "Property");
            var member = memberNames.Allocate(memberNames.IsTaken(preferred) ? preferred + "Value" : preferred);
            properties.Add(new PropertyModel(name, member, TypeRef.Any, Required: false, Nullable: false, Description: null, PropertyAccess.ReadWrite));
        }
    }

    /// <summary>The working collections of one object type's definition (see <see cref="_spareObjectWork"/>).</summary>
    private sealed class ObjectWork
    {
        public List<PropertyModel> Properties { get; } = new();

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            Properties.Clear();
            Required.Clear();
        }
    }

    /// <summary>The members of one <c>properties</c> keyword in ordinal order of their names, and the names they take.</summary>
    private sealed class DeclaredMembers
    {
        private static readonly Comparison<SpecProperty> ByName = (a, b) => string.CompareOrdinal(a.Name, b.Name);

        public List<SpecProperty> Ordered { get; } = new();

        /// <summary>By wire name: the member name allocated, and the name the property's own types are named after.</summary>
        public Dictionary<string, (string Member, string Property)> Names { get; } = new(StringComparer.Ordinal);

        public void Order(NodeList<SpecProperty> properties)
        {
            foreach (var property in properties)
            {
                Ordered.Add(property);
            }

            // Equal names (a duplicate key) are the same key: which comes first changes nothing.
            Ordered.Sort(ByName);
        }

        public void Clear()
        {
            Ordered.Clear();
            Names.Clear();
        }
    }

    /// <summary>
    /// A property with its final <paramref name="required"/>, and without a default it cannot state in C# unless it is
    /// required; the same instance when neither changes it (most properties).
    /// </summary>
    private static PropertyModel Finish(PropertyModel property, bool required)
    {
        if (property.Required != required)
        {
            property = property with { Required = required };
        }

        return property.Default is not null && property.DefaultText is null && !property.Required ? property with { Default = null } : property;
    }

    /// <summary>Whether a property of that wire name was already gathered (from an earlier <c>allOf</c> part or this one).</summary>
    private static bool HasProperty(List<PropertyModel> properties, string jsonName)
    {
        foreach (var property in properties)
        {
            if (property.JsonName == jsonName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether each alternative of the schema's oneOf or anyOf is an object that declares (itself or through its allOf
    /// parts) every member the schema's own <c>properties</c> declare (Jira's CustomContextVariable: <c>type</c> beside a
    /// discriminated oneOf of variables that each declare <c>type</c>): the schema's members then say nothing the
    /// alternatives do not, and it is their union. A schema with allOf parts of its own is not.
    /// </summary>
    private bool EveryAlternativeDeclaresTheMembers(SpecObject schema, SpecArray alternatives)
    {
        if (GetObject(schema, "properties") is not { Properties.Count: > 0 } own || schema["allOf"] is not null)
        {
            return false;
        }

        var any = false;
        foreach (var alternative in alternatives.Items)
        {
            if (IsNullSchema(alternative))
            {
                continue;
            }

            if (Deref(alternative, out _) is not SpecObject target || ReferenceEquals(target, schema))
            {
                return false;
            }

            var declared = new HashSet<string>(StringComparer.Ordinal);
            CollectDeclaredNames(target, declared, depth: 0);
            foreach (var member in own.Properties)
            {
                if (!declared.Contains(member.Name))
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    private void CollectDeclaredNames(SpecObject schema, HashSet<string> names, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var member in GetObject(schema, "properties")?.Properties ?? default(NodeList<SpecProperty>))
        {
            names.Add(member.Name);
        }

        foreach (var part in GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
        {
            if (Deref(part, out _) is SpecObject partSchema && !ReferenceEquals(partSchema, schema))
            {
                CollectDeclaredNames(partSchema, names, depth + 1);
            }
        }
    }

    /// <summary>
    /// Gathers, after the class's own members, the members of the object alternatives of a oneOf or anyOf on the schema
    /// or on one of its allOf parts: beside members of the schema's own that not every alternative declares (GitHub's
    /// check run: its members beside a oneOf of two ways to give its status) or beside other allOf parts (Discord's
    /// multipart invite: allOf [anyOf [GroupDM, Guild], {target_users_file}]; PeerTube's import: allOf [oneOf
    /// [targetUrl | magnetUri | torrentfile], common]), where the schema is a class and not a union. A value meets one
    /// alternative, so their members are optional unless every alternative requires them; a member the schema declares
    /// itself keeps its declaration, and one two alternatives type differently holds the JSON value (any alternative's
    /// value then reads). Which alternative a value meets is not checked.
    /// </summary>
    /// <remarks>
    /// An alternative that extends the schema holding the oneOf (through its allOf: a base's <c>oneOf</c> of the
    /// classes that derive from it, which each <c>allOf</c> the base) is a subtype, not a way to give the members: it
    /// gives none, so a <c>Cat</c> that extends such a <c>Pet</c> does not gain the <c>Dog</c>'s members.
    /// </remarks>
    /// <param name="skip">An <c>allOf</c> part left out: the base class of a hierarchy member, which declares its members.</param>
    private void CollectAlternativeProperties(SpecObject schema, string typeName, List<PropertyModel> properties, NameScope memberNames, HashSet<string> required, int depth, SpecObject? skip = null)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var part in GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
        {
            if (Deref(part, out _) is SpecObject partSchema && !ReferenceEquals(partSchema, schema) && !ReferenceEquals(partSchema, skip))
            {
                CollectAlternativeProperties(partSchema, typeName, properties, memberNames, required, depth + 1);
            }
        }

        if ((GetArray(schema, "oneOf") ?? GetArray(schema, "anyOf")) is not { Items.Count: > 0 } alternatives)
        {
            return;
        }

        HashSet<string>? everyRequires = null;
        var alternativesFrom = properties.Count;
        foreach (var alternative in alternatives.Items)
        {
            if (Deref(alternative, out _) is SpecObject subtype && Extends(subtype, schema, depth: 0))
            {
                continue;
            }

            // An alternative that is no object of members (a scalar, null, a list, only a required list) adds no member,
            // and a value meeting it need have none of the others' required members.
            if (Deref(alternative, out _) is not SpecObject target || ReferenceEquals(target, schema)
                || (target["properties"] is not SpecObject { Properties.Count: > 0 } && GetArray(target, "allOf") is null))
            {
                everyRequires = new HashSet<string>(StringComparer.Ordinal);
                continue;
            }

            // Gathering the alternative's members gathers the names it requires (its own and its allOf parts').
            var requires = new HashSet<string>(StringComparer.Ordinal);
            CollectProperties(target, typeName, properties, memberNames, requires, depth: depth + 1, earlierAlternatives: (alternativesFrom, properties.Count));
            if (everyRequires is null)
            {
                everyRequires = requires;
            }
            else
            {
                everyRequires.IntersectWith(requires);
            }
        }

        // A value that leaves out a member of one alternative may meet another: that alternative's default (or only
        // enum value) is not what it holds, so it reads as absent.
        for (var i = alternativesFrom; i < properties.Count; i++)
        {
            if (properties[i].Default is not null)
            {
                properties[i] = properties[i] with { Default = null };
            }
        }

        if (everyRequires is not null)
        {
            required.UnionWith(everyRequires);
        }
    }

    /// <summary>Whether <paramref name="schema"/> has <paramref name="baseSchema"/> among its <c>allOf</c> parts, at any depth.</summary>
    private bool Extends(SpecObject schema, SpecObject baseSchema, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        foreach (var part in GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
        {
            if (Deref(part, out _) is SpecObject partSchema && !ReferenceEquals(partSchema, schema)
                && (ReferenceEquals(partSchema, baseSchema) || Extends(partSchema, baseSchema, depth + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gathers the properties of a schema and of every <c>allOf</c> part, flattened into one class.</summary>
    /// <param name="skip">An <c>allOf</c> part left out: the base class of a hierarchy member, which declares its properties.</param>
    /// <param name="earlierAlternatives">
    /// When gathering an alternative's members (<see cref="CollectAlternativeProperties"/>), where the members the earlier
    /// alternatives gave start and end: one of them this alternative types differently becomes a JSON value.
    /// </param>
    private void CollectProperties(SpecObject schema, string typeName, List<PropertyModel> properties, NameScope memberNames, HashSet<string> required, int depth, SpecObject? skip = null, (int Start, int End)? earlierAlternatives = null)
    {
        if (depth > 32)
        {
            return;
        }

        if (GetArray(schema, "allOf") is { } parts)
        {
            foreach (var part in parts.Items)
            {
                if (Deref(part, out _) is SpecObject partSchema && !ReferenceEquals(partSchema, skip))
                {
                    CollectProperties(partSchema, typeName, properties, memberNames, required, depth + 1, earlierAlternatives: earlierAlternatives);
                }
            }
        }

        // The discriminator a oneOf/anyOf requires of every value is required of each variant that declares it.
        if (depth == 0 && _discriminatorsRequiredOf.TryGetValue(schema, out var byUnion))
        {
            required.Add(byUnion);
        }

        AddRequiredNames(schema, required);

        if (GetObject(schema, "properties") is not { } declared)
        {
            return;
        }

        // Member names are allocated in ordinal order of the wire names, so colliding names (id, Id) are numbered the
        // same whatever the order the spec lists them in.
        var declaredMembers = _spareDeclaredMembers.Count > 0 ? _spareDeclaredMembers.Pop() : new DeclaredMembers();
        declaredMembers.Order(declared.Properties);
        var memberNamesByJsonName = declaredMembers.Names;
        foreach (var property in declaredMembers.Ordered)
        {
            if (memberNamesByJsonName.ContainsKey(property.Name) || HasProperty(properties, property.Name))
            {
                continue;
            }

            var preferred = Naming.TypeOrMemberName(property.Name, "Property");
            memberNamesByJsonName[property.Name] = (memberNames.Allocate(memberNames.IsTaken(preferred) ? preferred + "Value" : preferred), preferred);
        }

        foreach (var property in declared.Properties)
        {
            if (HasProperty(properties, property.Name))
            {
                if (earlierAlternatives is { } earlier)
                {
                    WidenAlternativeMember(properties, earlier.Start, earlier.End, property, typeName);
                }
                else
                {
                    NarrowLooseMember(properties, property, typeName);
                }

                continue;
            }

            var (memberName, propertyName) = memberNamesByJsonName[property.Name];
            var diagnosticsBefore = _diagnostics.Count;
            var info = ResolveSchema(property.Value, typeName + propertyName);
            if (info.Type.Kind == TypeKind.Any && HasErrorsSince(diagnosticsBefore))
            {
                KeepAsJson(diagnosticsBefore, Locate(property.Value), "Property '" + property.Name + "' of '" + typeName + "'", "'" + typeName + "'");
            }

            var target = Deref(property.Value, out _) as SpecObject;
            // An annotated reference (allOf: [$ref, {description, readOnly}]) is described and marked by its annotations.
            var annotation = Annotation(target);
            var description = target is null ? null : Description(target) ?? (annotation is null ? null : Description(annotation));
            properties.Add(new PropertyModel(property.Name, memberName, info.Type, Required: false, info.Nullable, description, Access(property.Value as SpecObject, target, annotation))
            {
                Deprecation = PropertyDeprecation(property.Value as SpecObject, target),
                DefaultText = DefaultText(property.Value),
                Default = PropertyDefault(property.Value, target, info.Type),
            });
        }

        declaredMembers.Clear();
        _spareDeclaredMembers.Push(declaredMembers);
    }

    /// <summary>
    /// A member an earlier <c>allOf</c> part declared loosely (any JSON value, or an array or map of them) that a later
    /// part, or the schema itself, declares with a type: npr's <c>UserAdDocument</c> is an allOf of a base whose
    /// <c>attributes</c> is <c>{type: object}</c> and whose <c>items</c> is an array of objects, and of a part whose
    /// <c>attributes</c> is a <c>UserAdData</c> and whose <c>items</c> are <c>AdTrackingDocument</c>s. allOf asks a value
    /// to meet every part, so the typed declaration is the member's type; a member declared with a type first stays as it is.
    /// </summary>
    private void NarrowLooseMember(List<PropertyModel> properties, SpecProperty property, string typeName)
    {
        var index = properties.FindIndex(p => p.JsonName == property.Name);
        var existing = properties[index];
        var loose = existing.Type.Kind == TypeKind.Any
            || (existing.Type.Kind is TypeKind.Array or TypeKind.Map && existing.Type.Item?.Kind == TypeKind.Any);
        if (!loose || existing.Default is not null)
        {
            return;
        }

        var info = ResolveSchema(property.Value, typeName + Naming.TypeOrMemberName(property.Name, "Property"));
        var narrower = existing.Type.Kind == TypeKind.Any
            ? info.Type.Kind != TypeKind.Any
            : info.Type.Kind == existing.Type.Kind && info.Type.Item is { Kind: not TypeKind.Any };
        if (!narrower)
        {
            return;
        }

        var target = Deref(property.Value, out _) as SpecObject;
        properties[index] = existing with
        {
            Type = info.Type,
            Nullable = existing.Nullable && info.Nullable,
            Description = (target is null ? null : Description(target)) ?? existing.Description,
        };
    }

    /// <summary>
    /// A member an alternative declares that an earlier alternative gave (between <paramref name="start"/> and
    /// <paramref name="end"/>): kept if typed alike (nullable if either says so), a JSON value if not. A member the schema
    /// declares itself, or that this alternative gave already (its allOf parts narrowing it), stays as it is.
    /// </summary>
    private void WidenAlternativeMember(List<PropertyModel> properties, int start, int end, SpecProperty property, string typeName)
    {
        for (var i = start; i < end; i++)
        {
            var existing = properties[i];
            if (existing.JsonName != property.Name || existing.Type.Kind == TypeKind.Any)
            {
                continue;
            }

            var info = ResolveSchema(property.Value, typeName + Naming.TypeOrMemberName(property.Name, "Property"));
            if (info.Type != existing.Type)
            {
                // The caller clears every alternative member's Default; the text of one alternative's default goes too.
                properties[i] = existing with { Type = TypeRef.Any, Nullable = true, DefaultText = null };
            }
            else if (info.Nullable && !existing.Nullable)
            {
                properties[i] = existing with { Nullable = true };
            }

            return;
        }
    }

    /// <summary>
    /// The property that keeps the members the schema does not declare: typed by <c>additionalProperties</c> (of the
    /// schema or an <c>allOf</c> part) when it is a schema, else JSON values; named clear of the declared properties.
    /// A member a <c>patternProperties</c> pattern of the schema matches is no additional one (it holds what the
    /// pattern's schema allows), so beside patterns whose schemas are not that very schema the members are JSON values.
    /// </summary>
    private ExtraMembersModel ExtraMembers(SpecObject schema, string typeName, NameScope memberNames)
    {
        var additional = AdditionalPropertiesSchema(schema, 0);
        if (additional is not null && GetObject(schema, "patternProperties") is { Properties.Count: > 0 } patterns
            && patterns.Properties.Any(pattern => !ReferenceEquals(Deref(pattern.Value, out _), Deref(additional, out _))))
        {
            additional = null;
        }

        var values = additional is null ? new SchemaInfo(TypeRef.Any, true) : ResolveSchema(additional, typeName + "Value");
        return new ExtraMembersModel(
            memberNames.Allocate(GeneratedNames.AdditionalProperties),
            values.Type,
            values.Nullable && values.Type.Kind != TypeKind.Any,
            Inherited: false);
    }

    private SpecNode? AdditionalPropertiesSchema(SpecObject schema, int depth)
    {
        if (schema["additionalProperties"] is SpecObject additional)
        {
            return additional;
        }

        return depth > 32
            ? null
            : (GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
                .Select(part => part is SpecObject p && p["$ref"] is SpecScalar { Kind: ScalarKind.String } pointer ? ResolvePointerQuietly(pointer.Text) : part)
                .Select(part => part is SpecObject partSchema ? AdditionalPropertiesSchema(partSchema, depth + 1) : null)
                .FirstOrDefault(found => found is not null);
    }

    private TypeRef DefineEnum(SpecObject schema, SpecArray values, string nameHint, bool componentName, bool integer = false)
    {
        var name = componentName ? nameHint : AllocateTypeName(nameHint);
        var memberValues = new List<string>();
        foreach (var value in values.Items)
        {
            var memberValue = value is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number } text
                ? integer ? IntegerText(text.Text) : text.Text
                : null;
            if (memberValue is not null && !memberValues.Contains(memberValue))
            {
                memberValues.Add(memberValue);
            }
        }

        // Integer members read better as their meaning where the spec gives names (x-enum-varnames), else as "Value1".
        var members = AllocateMembers(
            MemberScope(GeneratedNames.EnumMembers, name),
            memberValues.Select(value => (value, integer ? "Value" + value.Replace("-", "Minus") : value)).ToList());

        if (integer && GetArray(schema, "x-enum-varnames") is { } names && names.Items.Count == members.Count)
        {
            var memberNames = MemberScope(GeneratedNames.EnumMembers, name);
            members = members
                .Select((m, i) => names.Items[i] is SpecScalar { Kind: ScalarKind.String } label ? m with { Name = memberNames.Allocate(Naming.TypeOrMemberName(label.Text, "Value")) } : m)
                .ToList();
        }

        _types.Add(new EnumTypeModel(name, Description(schema), members.ToEquatableArray(), integer) { Deprecation = Deprecation(schema) });
        return new TypeRef(TypeKind.Enum, name);
    }

    /// <summary>
    /// Enum members in the spec's order, named from their labels in the ordinal order of their values: which of two
    /// colliding labels (<c>on-hold</c>, <c>on_hold</c>) is numbered does not depend on the order of the values.
    /// </summary>
    private static List<EnumMemberModel> AllocateMembers(NameScope memberNames, List<(string Value, string Label)> labelled)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, label) in labelled.OrderBy(m => m.Value, StringComparer.Ordinal))
        {
            names[value] = memberNames.Allocate(Naming.TypeOrMemberName(label, "Value"));
        }

        return labelled.Select(m => new EnumMemberModel(names[m.Value], m.Value)).ToList();
    }

    /// <summary>
    /// The one string or number an alternative allows: its <c>const</c>, or the only item of its <c>enum</c> when it
    /// declares no type but a string or number one; else null.
    /// </summary>
    private static SpecScalar? Constant(SpecObject alternative)
    {
        if (alternative["const"] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number } constant)
        {
            return constant;
        }

        return alternative["enum"] is SpecArray { Items.Count: 1 } only
            && only.Items[0] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number } single
            && alternative["type"] is null or SpecScalar { Kind: ScalarKind.String, Text: "string" or "number" or "integer" }
            ? single
            : null;
    }

    /// <summary>An enum whose members come from <c>const</c> (or one-value <c>enum</c>) alternatives, named by their <c>title</c> where given.</summary>
    private TypeRef DefineConstantEnum(SpecObject schema, List<SpecObject> constants, string nameHint, bool componentName, bool integer)
    {
        var name = componentName ? nameHint : AllocateTypeName(nameHint);
        var labelled = new List<(string Value, string Label)>();
        foreach (var constant in constants)
        {
            var text = Constant(constant)!.Text;
            var value = integer ? IntegerText(text)! : text;
            if (labelled.Any(m => m.Value == value))
            {
                continue;
            }

            labelled.Add((value, GetString(constant, "title") ?? (integer ? "Value" + value.Replace("-", "Minus") : value)));
        }

        var members = AllocateMembers(MemberScope(GeneratedNames.EnumMembers, name), labelled);

        _types.Add(new EnumTypeModel(name, Description(schema), members.ToEquatableArray(), integer) { Deprecation = Deprecation(schema) });
        return new TypeRef(TypeKind.Enum, name);
    }

    /// <summary>A <c>oneOf</c>/<c>anyOf</c> of several schemas: one case per variant and an unknown fallback.</summary>
    /// <param name="standsForSchema">
    /// False for a tuple's items (<see cref="TupleType"/>): <paramref name="schema"/> is the list, so the union neither
    /// resolves it nor takes its description.
    /// </param>
    private TypeRef DefineUnion(SpecObject schema, List<SpecNode> variants, string nameHint, bool componentName, bool standsForSchema = true)
    {
        var name = componentName ? nameHint : AllocateTypeName(nameHint);
        var reference = new TypeRef(TypeKind.Union, name);
        if (standsForSchema)
        {
            _resolved[schema] = reference;
        }

        var index = _types.Count;
        _types.Add(null!);

        var discriminator = GetObject(schema, "discriminator");
        var propertyName = discriminator is null ? null : GetString(discriminator, "propertyName");
        var mapping = new List<(string Value, string Pointer)>();
        if (discriminator is not null && GetObject(discriminator, "mapping") is { } map)
        {
            foreach (var entry in map.Properties)
            {
                if (entry.Value is SpecScalar { Kind: ScalarKind.String } target)
                {
                    mapping.Add((entry.Name, MappingPointer(target.Text)));
                }
            }
        }

        // OpenAPI 3.2: the variant a value without a mapped discriminator is read as, named as a mapping's target is.
        var defaultMapping = propertyName is null ? null : discriminator!["defaultMapping"];
        var defaultPointer = defaultMapping is SpecScalar { Kind: ScalarKind.String } defaultTarget
            ? MappingPointer(defaultTarget.Text)
            : null;
        string? defaultVariant = null;
        var caseNames = MemberScope(GeneratedNames.UnionMembers, name);
        var cases = new List<UnionVariantModel>();
        var fixedValues = new List<string?>();
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            var pointer = variant is SpecObject withRef && withRef["$ref"] is SpecScalar { Kind: ScalarKind.String } refText ? refText.Text : null;
            var type = ResolveSchema(variant, name + "Option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Type;
            if (cases.Any(c => c.Type == type))
            {
                continue;
            }

            var values = mapping.Where(m => m.Pointer == pointer).Select(m => m.Value).ToList();
            if (values.Count == 0 && pointer is not null && pointer.StartsWith(ComponentSchemaPrefix, StringComparison.Ordinal))
            {
                values.Add(pointer.Substring(ComponentSchemaPrefix.Length));
            }

            var model = ObjectModel(type);
            var caseName = caseNames.Allocate(VariantName(type));
            if (pointer is not null && pointer == defaultPointer)
            {
                defaultVariant = caseName;
            }

            fixedValues.Add(propertyName is null ? null : FixedValue(variant, propertyName));
            cases.Add(new UnionVariantModel(
                caseName,
                Naming.ParameterName(caseName, "variant"),
                type,
                values.ToEquatableArray(),
                (model?.Properties.Select(p => p.JsonName) ?? Enumerable.Empty<string>()).ToEquatableArray(),
                (model?.Properties.Where(p => p.Required).Select(p => p.JsonName) ?? Enumerable.Empty<string>()).ToEquatableArray()));
        }

        // A variant that fixes the discriminator to one value (enum or const, as Ajv's discriminator requires and as the
        // client presets it when writing) also reads by that value, the only one it validates: the spec's implicit value
        // is the schema's name, which a server that writes the fixed value never sends. A value the mapping or another
        // variant's name already claims stays theirs.
        var claimed = new HashSet<string>(cases.SelectMany(c => c.DiscriminatorValues), StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            if (fixedValues[i] is { } value && claimed.Add(value))
            {
                cases[i] = cases[i] with { DiscriminatorValues = cases[i].DiscriminatorValues.Append(value).ToEquatableArray() };
            }
        }

        if (defaultMapping is not null && defaultVariant is null)
        {
            Report(Diagnostics.DiagnosticDescriptors.DiscriminatorDefaultNotChosen, Locate(defaultMapping), (defaultMapping as SpecScalar)?.Text ?? "?",
                "a body whose value is absent is read by its shape, one whose value maps to none as Unknown");
        }

        _types[index] = standsForSchema
            ? new UnionTypeModel(name, Description(schema), cases.ToEquatableArray(), propertyName) { Deprecation = Deprecation(schema), DefaultVariant = defaultVariant }
            : new UnionTypeModel(name, null, cases.ToEquatableArray(), propertyName) { DefaultVariant = defaultVariant };
        return reference;
    }

    /// <summary>The one string value a variant's own <paramref name="propertyName"/> may hold (a <c>const</c> or a one-value <c>enum</c>), else null.</summary>
    private string? FixedValue(SpecNode variant, string propertyName)
    {
        if (Deref(variant, out _) is not SpecObject target
            || GetObject(target, "properties")?[propertyName] is not { } property
            || Deref(property, out _) is not SpecObject fixedSchema)
        {
            return null;
        }

        if (fixedSchema["const"] is SpecScalar { Kind: ScalarKind.String } constant)
        {
            return constant.Text;
        }

        return GetArray(fixedSchema, "enum") is { Items.Count: 1 } only && only.Items[0] is SpecScalar { Kind: ScalarKind.String } single ? single.Text : null;
    }

    /// <summary>The object model a reference names, once it is defined (null for any other kind).</summary>
    private ObjectTypeModel? ObjectModel(TypeRef type) =>
        type.Kind == TypeKind.Object ? _types.OfType<ObjectTypeModel>().FirstOrDefault(t => t.Name == type.Name) : null;

    /// <summary>The union model a reference names, once it is defined.</summary>
    private UnionTypeModel? UnionModel(TypeRef type) =>
        type.Kind == TypeKind.Union ? _types.OfType<UnionTypeModel>().FirstOrDefault(t => t.Name == type.Name) : null;

    /// <summary>The member scope of a generated class: its fixed members and its own name (CS0542) come first.</summary>
    /// <summary>
    /// A member scope as <see cref="MemberScope"/> makes, reused from an object type defined before (one per depth of
    /// nested definitions): each type's scope would otherwise grow its own set, property by property. Given back to
    /// <see cref="_spareMemberScopes"/> once the type is defined.
    /// </summary>
    private NameScope RentMemberScope(string[] fixedMembers, string typeName) =>
        (_spareMemberScopes.Count > 0 ? _spareMemberScopes.Pop() : new NameScope()).Reset(fixedMembers, typeName);

    private static NameScope MemberScope(string[] fixedMembers, string typeName) =>
        new(fixedMembers, typeName);

    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        _ when type.IsInteger => "Integer",
        TypeKind.Float or TypeKind.Double or TypeKind.Decimal => "Number",
        TypeKind.Array => "List",
        TypeKind.Map => "Map",
        TypeKind.Any => "Json",
        _ => type.Kind.ToString(),
    };

    /// <summary>A JSON number as the C# long literal it denotes (<c>1.0</c> is <c>1</c>); null when it is not a whole number a long holds.</summary>
    private static string? IntegerText(string number)
    {
        if (long.TryParse(number, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var exact))
        {
            return exact.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        const System.Globalization.NumberStyles Styles = System.Globalization.NumberStyles.AllowLeadingSign
            | System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent;
        return decimal.TryParse(number, Styles, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Whether a oneOf or anyOf alternative lets null through: the null schema, or one marked nullable (3.0's
    /// <c>anyOf: [{type: object, nullable: true}, {type: integer, nullable: true}]</c>) or typed <c>[…, "null"]</c> (3.1).
    /// </summary>
    private bool AllowsNull(SpecNode alternative) =>
        IsNullSchema(alternative)
        || (Deref(alternative, out _) is SpecObject resolved
            && (IsNullableMarker(resolved) || ListsNullType(resolved)));

    /// <summary>A 3.1 type array naming <c>"null"</c> (<c>type: [string, "null"]</c>).</summary>
    private static bool ListsNullType(SpecObject schema) =>
        schema["type"] is SpecArray types && types.Items.OfType<SpecScalar>().Any(t => t.Text == "null");

    private static bool IsNullSchema(SpecNode node) =>
        node is SpecObject schema
        && (schema["type"] is SpecScalar { Kind: ScalarKind.String, Text: "null" }
            || (schema["enum"] is SpecArray { Items.Count: 1 } only && only.Items[0] is SpecScalar { Kind: ScalarKind.Null }));

    /// <summary>
    /// Whether a string schema's own <c>default</c>, <c>example</c> or <c>examples</c> hold a string that is no number:
    /// then its numeric format does not make its strings numbers (telnyx's <c>int64</c> ids with a UUID for their example).
    /// </summary>
    private static bool ShowsNonNumber(SpecObject schema)
    {
        if (IsNonNumber(schema["default"]) || IsNonNumber(schema["example"]))
        {
            return true;
        }

        if (schema["examples"] is SpecArray examples)
        {
            foreach (var example in examples.Items)
            {
                if (IsNonNumber(example))
                {
                    return true;
                }
            }
        }

        return false;

        static bool IsNonNumber(SpecNode? node) => node is SpecScalar { Kind: ScalarKind.String } text && !IsJsonNumber(text.Text);
    }

    /// <summary>The C# type of a string schema's <c>format</c>; a format the generator does not know is a plain string.</summary>
    private static TypeRef StringType(string? format) => format switch
    {
        // Google's APIs write their RFC 3339 timestamps as google-datetime; NJsonSchema (NSwag) reads guid as uuid.
        "date-time" or "google-datetime" => new TypeRef(TypeKind.DateTimeOffset),
        "date" => new TypeRef(TypeKind.DateOnly),
        "time" => new TypeRef(TypeKind.TimeOnly),
        "duration" => new TypeRef(TypeKind.Duration),
        "date-time-rfc1123" or "date-time-rfc7231" or "http-date" => new TypeRef(TypeKind.DateTimeRfc1123),
        "uuid" or "guid" => new TypeRef(TypeKind.Guid),
        "uri" => new TypeRef(TypeKind.Uri),
        "byte" => new TypeRef(TypeKind.Bytes),
        "base64url" => new TypeRef(TypeKind.Base64Url),
        "binary" => new TypeRef(TypeKind.Binary),
        // A string holding a number (Google's int64, Stripe's decimal): the number, written back as a string. Only 64-bit
        // integers are written so by convention (proto3's JSON); a string of a smaller integer format may hold words
        // (Box's int32 retention_length is "365" or "indefinite"), so it stays a string, which holds either.
        "int64" or "uint64" => IntegerType(format) with { AsString = true },
        "float" or "double" or "decimal" => NumberType(format) with { AsString = true },
        _ => TypeRef.String,
    };

    /// <summary>
    /// The pattern pydantic gives a <c>Decimal</c> (a string in its serialization schema; beside <c>number</c> in an
    /// <c>anyOf</c> in its validation schema), with no format: how a FastAPI document says "decimal".
    /// </summary>
    private const string PydanticDecimalPattern = @"^(?!^[-+.]*$)[+-]?0*\d*\.?\d*$";

    /// <summary>
    /// pydantic's validation schema of a <c>Decimal</c>: <c>anyOf</c> a <c>number</c> and a string of its decimal pattern,
    /// either of which it takes. Such a value is a <c>decimal</c>, written as the string.
    /// </summary>
    private bool IsPydanticDecimal(List<SpecNode> variants) =>
        variants.Count == 2
        && variants.Any(v => v is SpecObject n && GetString(n, "type") == "number" && n["format"] is null)
        && variants.Any(v => v is SpecObject s && GetString(s, "type") == "string" && IsPydanticDecimalString(s));

    /// <summary>A string schema with pydantic's decimal pattern and no format.</summary>
    private bool IsPydanticDecimalString(SpecObject schema) =>
        schema["format"] is null && GetString(schema, "pattern") == PydanticDecimalPattern;

    /// <summary>The C# type of an integer schema's <c>format</c>; no format, or one the generator does not know, is a <c>long</c>.</summary>
    private static TypeRef IntegerType(string? format) => format switch
    {
        "int8" => new TypeRef(TypeKind.Int8),
        "uint8" => new TypeRef(TypeKind.UInt8),
        "int16" => new TypeRef(TypeKind.Int16),
        "uint16" => new TypeRef(TypeKind.UInt16),
        "int32" => new TypeRef(TypeKind.Int32),
        "uint32" => new TypeRef(TypeKind.UInt32),
        "uint64" => new TypeRef(TypeKind.UInt64),
        _ => new TypeRef(TypeKind.Int64),
    };

    /// <summary>The C# type of a number schema's <c>format</c>; no format, or one the generator does not know, is a <c>double</c>.</summary>
    private static TypeRef NumberType(string? format) => format switch
    {
        "float" => new TypeRef(TypeKind.Float),
        "decimal" => new TypeRef(TypeKind.Decimal),
        _ => new TypeRef(TypeKind.Double),
    };

    /// <summary>
    /// The number type of an <c>integer</c> or <c>number</c> that may also come as a string (whose pattern says how),
    /// when its format names a number; null for no format or another.
    /// </summary>
    private static TypeRef? NumberOrStringType(string type, string? format) => (type, format) switch
    {
        ("integer", "int8" or "uint8" or "int16" or "uint16" or "int32" or "uint32" or "int64" or "uint64") => IntegerType(format),
        // A whole number written with a fractional format is still a number that format holds.
        (_, "float" or "double" or "decimal") => NumberType(format),
        _ => null,
    };

    /// <summary>The distinct non-null types a 3.1 type array lists (empty for a single type).</summary>
    private static List<string>? NonNullTypes(SpecObject schema) =>
        schema["type"] is SpecArray many
            ? many.Items.OfType<SpecScalar>().Where(s => s.Kind == ScalarKind.String && s.Text != "null").Select(s => s.Text).Distinct().ToList()
            : null;

    /// <summary>Reports a schema keyword whose value has the wrong JSON type: it would otherwise be ignored without a word.</summary>
    private void CheckKeywordTypes(SpecObject schema)
    {
        // Most schemas have every keyword of its kind: one pass over the members finds no misfit, and nothing is looked
        // up again. Where one misfits (a duplicate key's included), the checks below report in their order, as before.
        var misfit = false;
        foreach (var property in schema.Properties)
        {
            if (Misfits(property.Name, property.Value))
            {
                misfit = true;
                break;
            }
        }

        if (!misfit)
        {
            return;
        }

        ExpectKind(schema, "type", "a string or an array of strings");
        ExpectNames(schema, "type", "a type name (a string)");
        ExpectKind(schema, "properties", "an object");
        ExpectKind(schema, "enum", "an array");
        ExpectKind(schema, "format", "a string");
        ExpectKind(schema, "nullable", "true or false");
        ExpectKind(schema, "readOnly", "true or false");
        ExpectKind(schema, "writeOnly", "true or false");
        ExpectKind(schema, "additionalProperties", "an object or true or false");
        ExpectKind(schema, "required", "an array");
        ExpectNames(schema, "required", "an array of property names (strings)");
    }

    /// <summary>
    /// Whether <see cref="CheckKeywordTypes"/> reports the value of <paramref name="keyword"/>: the value as a whole
    /// (<see cref="Fits"/>) or, for <c>type</c> and <c>required</c>, an item of its array that is no string.
    /// </summary>
    private static bool Misfits(string keyword, SpecNode value) =>
        value is not SpecScalar { Kind: ScalarKind.Null }
        && (!Fits(keyword, value) || (keyword is "type" or "required" && value is SpecArray items && items.Items.Any(IsNotString)));

    /// <summary>Whether a value of <paramref name="keyword"/> is of the kind the keyword takes (any value of a keyword not checked).</summary>
    private static bool Fits(string keyword, SpecNode value) => keyword switch
    {
        "type" => value is SpecArray or SpecScalar { Kind: ScalarKind.String },
        "properties" => value is SpecObject,
        "enum" or "required" => value is SpecArray,
        "format" => value is SpecScalar { Kind: ScalarKind.String },
        "nullable" or "readOnly" or "writeOnly" => value is SpecScalar { Kind: ScalarKind.Boolean },
        "additionalProperties" => value is SpecObject or SpecScalar { Kind: ScalarKind.Boolean },
        _ => true,
    };

    private static bool IsNotString(SpecNode node) => node is not SpecScalar { Kind: ScalarKind.String };

    private void ExpectKind(SpecObject schema, string keyword, string expected)
    {
        if (schema[keyword] is { } value and not SpecScalar { Kind: ScalarKind.Null } && !Fits(keyword, value))
        {
            Report(Diagnostics.DiagnosticDescriptors.WrongKeywordType, Locate(value), keyword, expected);
        }
    }

    /// <summary>Reports each item of the array value of <paramref name="keyword"/> that is no string.</summary>
    private void ExpectNames(SpecObject schema, string keyword, string expected)
    {
        if (schema[keyword] is SpecArray items)
        {
            foreach (var item in items.Items.Where(IsNotString))
            {
                Report(Diagnostics.DiagnosticDescriptors.WrongKeywordType, Locate(item), keyword, expected);
            }
        }
    }

    /// <summary>The schema's type, with 3.1's <c>["string", "null"]</c> read as its non-null member.</summary>
    private string? PrimaryType(SpecObject schema) => schema["type"] switch
    {
        SpecScalar { Kind: ScalarKind.String } single => single.Text,
        SpecArray many => many.Items.OfType<SpecScalar>().Select(s => s.Text).FirstOrDefault(t => t != "null"),
        _ => schema["properties"] is not null ? "object" : ValuesType(schema),
    };

    /// <summary>
    /// The type a schema without <c>type</c> has by its <c>const</c> or by its <c>enum</c> values when they are all of
    /// one kind (null aside): 3.1 writes a fixed value as <c>const</c> alone, and specs leave the type out beside an
    /// enum. Numbers are integers when every one is whole and fits a long. Null when nothing, or values of several
    /// kinds, say it.
    /// </summary>
    private static string? ValuesType(SpecObject schema)
    {
        if (schema["const"] is SpecScalar constant)
        {
            return ScalarType(constant);
        }

        if (schema["enum"] is not SpecArray values)
        {
            return null;
        }

        string? kind = null;
        foreach (var value in values.Items)
        {
            if (value is SpecScalar { Kind: ScalarKind.Null })
            {
                continue;
            }

            var type = value is SpecScalar scalar ? ScalarType(scalar) : null;
            if (type is null || (kind is not null && kind != type && !(kind is "integer" or "number" && type is "integer" or "number")))
            {
                return null;
            }

            kind = kind == "number" ? kind : type;
        }

        return kind;

        static string? ScalarType(SpecScalar value) => value.Kind switch
        {
            ScalarKind.String => "string",
            ScalarKind.Boolean => "boolean",
            ScalarKind.Number => IntegerText(value.Text) is null ? "number" : "integer",
            _ => null,
        };
    }

    private bool IsNullable(SpecObject schema) =>
        IsNullableMarker(schema)
        || ListsNullType(schema)
        || ((schema["oneOf"] ?? schema["anyOf"]) is SpecArray alternatives && alternatives.Items.Any(AllowsNull))
        // An annotated reference whose annotation says nullable (allOf: [$ref, {nullable: true}]).
        || (schema["properties"] is null && GetArray(schema, "allOf") is { Items.Count: > 1 } allOf && OnlyConstrainingPart(allOf) is { } only
            && allOf.Items.Any(part => !ReferenceEquals(part, only) && part is SpecObject annotation && IsNullableMarker(annotation)))
        // A scalar allOf (ScalarAllOfPart) of which a part says nullable.
        || (schema["allOf"] is SpecArray parts && ScalarAllOfPart(schema, out _) is not null
            && parts.Items.Any(part => Deref(part, out _) is SpecObject resolved && IsNullableMarker(resolved)))
        // An array allOf (MemberlessAllOf) of which a part says nullable.
        || (schema["allOf"] is SpecArray arrayParts && MemberlessAllOf(schema, out var arrayPart) && arrayPart is not null
            && arrayParts.Items.Any(part => Deref(part, out _) is SpecObject resolved && IsNullableMarker(resolved)));

    /// <summary>The property's <c>readOnly</c>/<c>writeOnly</c>, from its schema or (3.1) from siblings of its <c>$ref</c>.</summary>
    private static PropertyAccess Access(SpecObject? schema, SpecObject? target, SpecObject? annotation = null)
    {
        static bool Marked(SpecObject? node, string keyword) => node?[keyword] is SpecScalar { Kind: ScalarKind.Boolean, Text: "true" };
        return (Marked(schema, "readOnly") || Marked(target, "readOnly") || Marked(annotation, "readOnly"),
            Marked(schema, "writeOnly") || Marked(target, "writeOnly") || Marked(annotation, "writeOnly")) switch
        {
            (true, false) => PropertyAccess.ReadOnly,
            (false, true) => PropertyAccess.WriteOnly,
            _ => PropertyAccess.ReadWrite,
        };
    }

    private static bool IsNullableMarker(SpecObject schema) =>
        schema["nullable"] is SpecScalar { Kind: ScalarKind.Boolean, Text: "true" };

    private string? Description(SpecObject schema) => GetString(schema, "description") ?? GetString(schema, "title");
}
