using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.0 schema of the same document, independently of the generator: the
/// keywords that decide whether a value is of its schema's shape (<c>$ref</c>, <c>type</c>, <c>nullable</c>,
/// <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>allOf</c>,
/// <c>anyOf</c>, <c>oneOf</c> (exactly one branch), <c>patternProperties</c>, a discriminated base's subtype named by
/// the value's tag, the bounds <see cref="Constraints"/> lists (in oneOf, anyOf and not branches only), and the
/// <c>date-time</c>, <c>date</c>, <c>duration</c>, <c>uuid</c> and <c>byte</c> formats; members without a <c>type</c> are an
/// object's, as generators read them; a <c>uri</c> that <c>System.Uri</c> refuses is counted here too, though RFC 3986 may
/// allow it, since a client that reads it into a <c>System.Uri</c> cannot). Used to tell an example that
/// breaks its own schema from one the generated code fails to read.
/// </summary>
internal sealed class ExampleSchemaCheck
{
    private readonly JsonElement _root;

    public ExampleSchemaCheck(JsonElement root) => _root = root;

    /// <summary>The ways <paramref name="value"/> breaks <paramref name="schema"/>, each with its JSON path; empty when it conforms.</summary>
    public List<string> Violations(JsonElement value, JsonElement schema)
    {
        var found = new List<string>();
        Check(value, schema, "$", found, 0);
        return found;
    }

    public JsonElement Resolve(JsonElement node)
    {
        for (var hops = 0; hops < 32 && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            node = Pointer(reference.GetString()!);
        }

        return node;
    }

    private Dictionary<string, List<string>>? _subtypes;

    /// <summary>For each schema reference, the references of the component schemas whose allOf names it.</summary>
    private Dictionary<string, List<string>> Subtypes()
    {
        if (_subtypes is not null)
        {
            return _subtypes;
        }

        _subtypes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (_root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (var component in all.EnumerateObject())
            {
                if (component.Value.ValueKind != JsonValueKind.Object || !component.Value.TryGetProperty("allOf", out var branches) || branches.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var self = "#/components/schemas/" + component.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                foreach (var branch in branches.EnumerateArray())
                {
                    if (branch.ValueKind == JsonValueKind.Object && branch.TryGetProperty("$ref", out var baseReference) && baseReference.GetString() is { } name)
                    {
                        if (!_subtypes.TryGetValue(name, out var list))
                        {
                            _subtypes[name] = list = new List<string>();
                        }

                        list.Add(self);
                    }
                }
            }
        }

        return _subtypes;
    }

    /// <summary>The schemas of member <paramref name="name"/> of a value of <paramref name="schemas"/>, through allOf, anyOf and oneOf, resolved.</summary>
    public List<JsonElement> MemberSchemas(IEnumerable<JsonElement> schemas, string name)
    {
        var found = new List<JsonElement>();
        foreach (var schema in Expand(schemas))
        {
            if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property))
            {
                found.AddRange(WithSubtypes(property));
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            {
                found.AddRange(WithSubtypes(additional));
            }
        }

        return found;
    }

    /// <summary>The schemas of the items of an array of <paramref name="schemas"/>, through allOf, anyOf and oneOf, resolved.</summary>
    public List<JsonElement> ItemSchemas(IEnumerable<JsonElement> schemas) =>
        Expand(schemas).Where(s => s.TryGetProperty("items", out _)).SelectMany(s => WithSubtypes(s.GetProperty("items"))).ToList();

    /// <summary>
    /// The schema resolved and, when it is a <c>$ref</c> to one with a <c>discriminator</c>, the schemas that extend it,
    /// resolved; a <c>$ref</c> with a <c>readOnly</c> sibling also as it is written. References in <paramref name="seen"/>
    /// are left out, and those met are added to it.
    /// </summary>
    private List<JsonElement> WithSubtypes(JsonElement node, HashSet<string>? seen = null)
    {
        var found = new List<JsonElement>();
        seen ??= new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(JsonElement Node, string? Reference)>();
        pending.Push((node, node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var r) ? r.GetString() : null));
        while (pending.Count > 0)
        {
            var (next, reference) = pending.Pop();
            if (reference is not null && !seen.Add(reference))
            {
                continue;
            }

            var resolved = Resolve(next);
            found.Add(resolved);
            if (reference is not null && next.TryGetProperty("readOnly", out _))
            {
                found.Add(next); // OpenAPI 3.1: a $ref's siblings apply beside its target (readOnly here)
            }

            if (reference is not null && resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("discriminator", out _)
                && Subtypes().TryGetValue(reference, out var subtypes))
            {
                foreach (var subtype in subtypes)
                {
                    pending.Push((Pointer(subtype), subtype));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The schemas and, recursively, their allOf, anyOf and oneOf branches, resolved; and for a schema with a
    /// <c>discriminator</c>, the component schemas that extend it through <c>allOf</c> (a value may be any of them).
    /// </summary>
    private List<JsonElement> Expand(IEnumerable<JsonElement> schemas)
    {
        var all = new List<JsonElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(JsonElement Schema, int Depth)>(schemas.Select(s => (s, 0)));
        while (pending.Count > 0)
        {
            var (next, depth) = pending.Pop();
            if (depth > 16)
            {
                continue;
            }

            foreach (var schema in WithSubtypes(next, seen).Where(s => s.ValueKind == JsonValueKind.Object))
            {
                all.Add(schema);
                foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
                {
                    if (schema.TryGetProperty(keyword, out var branches))
                    {
                        foreach (var branch in branches.EnumerateArray())
                        {
                            pending.Push((branch, depth + 1));
                        }
                    }
                }
            }
        }

        return all;
    }

    private JsonElement Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("external $ref " + reference);
        }

        var node = _root;
        foreach (var part in reference[2..].Split('/'))
        {
            var name = Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(name, CultureInfo.InvariantCulture)] : node.GetProperty(name);
        }

        return node;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> found, int depth)
    {
        var reference = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r) ? r.GetString() : null;
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > 64)
        {
            return;
        }

        // A value of a discriminated base is of the subtype its tag names, as the generated reader reads it: checked
        // against that subtype too (whose allOf names the base again, so the base is not followed a second time).
        if (reference is not null && value.ValueKind == JsonValueKind.Object && !_taggedBases.Contains(reference)
            && SubtypeOf(reference, schema, value) is { } subtype)
        {
            _taggedBases.Add(reference);
            try
            {
                Check(value, Pointer(subtype), path, found, depth + 1);
            }
            finally
            {
                _taggedBases.Remove(reference);
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            var nullable = (schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True)
                || (schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")
                || (schema.TryGetProperty("enum", out var e) && e.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null));
            var typed = schema.TryGetProperty("type", out _) || schema.TryGetProperty("properties", out _) || schema.TryGetProperty("items", out _);
            if (!nullable && typed)
            {
                found.Add(path + ": null where the schema is not nullable");
            }

            if (!nullable && !typed)
            {
                foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
                {
                    if (schema.TryGetProperty(keyword, out var branches)
                        && !branches.EnumerateArray().Any(b => Violations(value, b).Count == 0))
                    {
                        found.Add(path + ": null where no " + keyword + " branch is nullable");
                    }
                }
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && !OfType(value, type.GetString()!))
        {
            found.Add($"{path}: {value.ValueKind} where the schema says {type.GetString()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            && !values.EnumerateArray().Any(v => JsonEqual(v, value)))
        {
            found.Add($"{path}: {value.GetRawText()} is not one of the enum's values");
        }

        // A schema with members but no type: JSON Schema lets any other kind of value through, every generator reads an object.
        if (!schema.TryGetProperty("type", out _) && (schema.TryGetProperty("properties", out _) || schema.TryGetProperty("additionalProperties", out _))
            && value.ValueKind != JsonValueKind.Object)
        {
            found.Add($"{path}: {value.ValueKind} where the schema describes an object's members");
            return;
        }

        if (_inBranch > 0)
        {
            Constraints(value, schema, path, found);
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && format.GetString() is "date-time" or "google-datetime"
            && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            found.Add($"{path}: \"{value.GetString()}\" is not a date-time");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var durationFormat) && durationFormat.GetString() == "duration"
            && !IsXmlDuration(value.GetString()!))
        {
            found.Add($"{path}: \"{value.GetString()}\" is not an ISO 8601 duration");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var numberFormat)
            && IsNumberFormat(numberFormat.GetString())
            && !decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            found.Add($"{path}: \"{Shorten(value.GetString()!)}\" is not a number, which its format says");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var uuidFormat) && uuidFormat.GetString() is "uuid" or "guid"
            && !Guid.TryParse(value.GetString(), out _))
        {
            found.Add($"{path}: \"{value.GetString()}\" is not a uuid");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var byteFormat) && byteFormat.GetString() == "byte"
            && DecodeBase64(value.GetString()!) is null)
        {
            found.Add($"{path}: \"{Shorten(value.GetString()!)}\" is not base64");
        }

        // Not a fault of the document when RFC 3986 allows the text ("https://...", a host of dots): System.Uri, which
        // the client reads a URI into, refuses it, so the value cannot round-trip through any typed reader on .NET.
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var uriFormat) && uriFormat.GetString() is "uri" or "uri-reference"
            && !Uri.TryCreate(value.GetString(), UriKind.RelativeOrAbsolute, out _))
        {
            found.Add($"{path}: \"{Shorten(value.GetString()!)}\" is a URI System.Uri refuses");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var dateFormat) && dateFormat.GetString() == "date"
            && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            found.Add($"{path}: \"{value.GetString()}\" is not a date (RFC 3339 full-date)");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        found.Add($"{path}: required member '{name}' is missing");
                    }
                }
            }

            schema.TryGetProperty("properties", out var properties);
            schema.TryGetProperty("additionalProperties", out var additional);
            foreach (var member in value.EnumerateObject())
            {
                // A member a patternProperties pattern matches is held to that pattern's schema, and is no additional one.
                var matched = false;
                if (schema.TryGetProperty("patternProperties", out var patterns) && patterns.ValueKind == JsonValueKind.Object)
                {
                    foreach (var pattern in patterns.EnumerateObject())
                    {
                        var match = Matches(pattern.Name, member.Name);
                        matched |= match is not false;
                        if (match is true)
                        {
                            Check(member.Value, pattern.Value, path + "." + member.Name, found, depth + 1);
                        }
                    }
                }

                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var propertySchema))
                {
                    Check(member.Value, propertySchema, path + "." + member.Name, found, depth + 1);
                }
                else if (matched)
                {
                    continue;
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(member.Value, additional, path + "." + member.Name, found, depth + 1);
                }
                else if (additional.ValueKind == JsonValueKind.False)
                {
                    found.Add($"{path}: member '{member.Name}' where additionalProperties is false");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", found, depth + 1);
            }
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Check(value, branch, path, found, depth + 1);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var branches = anyOf.EnumerateArray().Select(b => BranchViolations(value, b)).ToList();
            if (branches.All(b => b.Count > 0))
            {
                found.Add($"{path}: matches no anyOf branch ({string.Join("; ", branches.Select(b => b[0]))})");
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var branches = oneOf.EnumerateArray().Select(b => BranchViolations(value, b)).ToList();
            var matching = branches.Count(b => b.Count == 0);
            if (matching == 0)
            {
                found.Add($"{path}: matches no oneOf branch ({string.Join("; ", branches.Select(b => b[0]))})");
            }
            else if (matching > 1)
            {
                found.Add($"{path}: matches {matching} oneOf branches, where oneOf asks for exactly one");
            }
        }
    }

    /// <summary>How deep the check is in oneOf, anyOf and not branches, where <see cref="Constraints"/> are checked too.</summary>
    private int _inBranch;

    /// <summary>
    /// The ways the value breaks a oneOf, anyOf or not branch, its bounds included: a bound tells the branches apart,
    /// though at the top it explains no failed read, so only a branch is held to them.
    /// </summary>
    private List<string> BranchViolations(JsonElement value, JsonElement branch)
    {
        _inBranch++;
        try
        {
            return Violations(value, branch);
        }
        finally
        {
            _inBranch--;
        }
    }

    /// <summary>
    /// The keywords that bound a value without saying its kind: <c>minimum</c> and <c>maximum</c> (exclusive as
    /// draft 4 and OpenAPI 3.0 say it, a boolean beside them, or as 3.1 does, a number of their own), <c>multipleOf</c>,
    /// <c>minLength</c> and <c>maxLength</c> (in code points), <c>pattern</c> (where .NET compiles it), <c>minItems</c>,
    /// <c>maxItems</c>, <c>uniqueItems</c>, <c>minProperties</c>, <c>maxProperties</c> and <c>not</c>. Checked in
    /// branches, so that a oneOf branch one of them rules out is not counted as a match.
    /// </summary>
    private void Constraints(JsonElement value, JsonElement schema, string path, List<string> found)
    {
        double? Number(string keyword) => schema.TryGetProperty(keyword, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetDouble() : null;
        bool Flag(string keyword) => schema.TryGetProperty(keyword, out var f) && f.ValueKind == JsonValueKind.True;

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                var x = value.GetDouble();
                if (Number("minimum") is { } min && (Flag("exclusiveMinimum") ? x <= min : x < min))
                {
                    found.Add($"{path}: {value.GetRawText()} is below the minimum {min}");
                }

                if (Number("maximum") is { } max && (Flag("exclusiveMaximum") ? x >= max : x > max))
                {
                    found.Add($"{path}: {value.GetRawText()} is above the maximum {max}");
                }

                if (Number("exclusiveMinimum") is { } below && x <= below)
                {
                    found.Add($"{path}: {value.GetRawText()} is not above {below}");
                }

                if (Number("exclusiveMaximum") is { } above && x >= above)
                {
                    found.Add($"{path}: {value.GetRawText()} is not below {above}");
                }

                if (Number("multipleOf") is { } step and > 0)
                {
                    var quotient = value.TryGetDecimal(out var exact) && decimal.TryParse(schema.GetProperty("multipleOf").GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var exactStep)
                        ? exact % exactStep == 0
                        : Math.Abs(Math.IEEERemainder(x, step)) < 1e-9 * Math.Max(1, Math.Abs(x / step));
                    if (!quotient)
                    {
                        found.Add($"{path}: {value.GetRawText()} is no multiple of {step}");
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                var length = text.EnumerateRunes().Count();
                if (Number("minLength") is { } shortest && length < shortest)
                {
                    found.Add($"{path}: \"{Shorten(text)}\" is shorter than {shortest}");
                }

                if (Number("maxLength") is { } longest && length > longest)
                {
                    found.Add($"{path}: \"{Shorten(text)}\" is longer than {longest}");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String && Matches(pattern.GetString()!, text) is false)
                {
                    found.Add($"{path}: \"{Shorten(text)}\" does not match {pattern.GetString()}");
                }

                break;
            case JsonValueKind.Array:
                var count = value.GetArrayLength();
                if (Number("minItems") is { } fewest && count < fewest)
                {
                    found.Add($"{path}: {count} items, fewer than {fewest}");
                }

                if (Number("maxItems") is { } most && count > most)
                {
                    found.Add($"{path}: {count} items, more than {most}");
                }

                if (Flag("uniqueItems"))
                {
                    var seen = new List<JsonElement>();
                    foreach (var item in value.EnumerateArray())
                    {
                        if (seen.Any(other => JsonEqual(other, item)))
                        {
                            found.Add($"{path}: {Shorten(item.GetRawText())} twice, where the items are unique");
                            break;
                        }

                        seen.Add(item);
                    }
                }

                break;
            case JsonValueKind.Object:
                var members = value.EnumerateObject().Count();
                if (Number("minProperties") is { } least && members < least)
                {
                    found.Add($"{path}: {members} members, fewer than {least}");
                }

                if (Number("maxProperties") is { } greatest && members > greatest)
                {
                    found.Add($"{path}: {members} members, more than {greatest}");
                }

                break;
        }

        if (schema.TryGetProperty("not", out var not) && _inBranch < 16 && BranchViolations(value, not).Count == 0)
        {
            found.Add($"{path}: {Shorten(value.GetRawText())} is what 'not' rules out");
        }
    }

    /// <summary>Whether <paramref name="text"/> matches the ECMA-262 <paramref name="pattern"/> (unanchored); null when .NET cannot compile it.</summary>
    private static bool? Matches(string pattern, string text)
    {
        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Discriminated bases whose subtype is being checked, on the path from the top value.</summary>
    private readonly HashSet<string> _taggedBases = new(StringComparer.Ordinal);

    /// <summary>
    /// The reference of the subtype of discriminated base <paramref name="reference"/> that the value's tag names: by the
    /// discriminator's mapping, else a subtype's <c>x-ms-discriminator-value</c> or component name (the implicit value).
    /// </summary>
    private string? SubtypeOf(string reference, JsonElement schema, JsonElement value)
    {
        if (!schema.TryGetProperty("discriminator", out var discriminator) || discriminator.ValueKind != JsonValueKind.Object
            || !discriminator.TryGetProperty("propertyName", out var property) || property.GetString() is not { } tagName
            || !value.TryGetProperty(tagName, out var tagValue) || tagValue.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var tag = tagValue.GetString()!;
        if (discriminator.TryGetProperty("mapping", out var mapping) && mapping.ValueKind == JsonValueKind.Object
            && mapping.TryGetProperty(tag, out var mapped) && mapped.GetString() is { } target)
        {
            target = target.StartsWith('#') ? target : "#/components/schemas/" + target;
            return target == reference ? null : target;
        }

        // Subtypes of subtypes too (Service Fabric's FabricEvent, PartitionEvent, PartitionAnalysisEvent, …), nearest first.
        var seen = new HashSet<string>(StringComparer.Ordinal) { reference };
        var pending = new Queue<string>(new[] { reference });
        while (pending.Count > 0)
        {
            if (!Subtypes().TryGetValue(pending.Dequeue(), out var subtypes))
            {
                continue;
            }

            foreach (var subtype in subtypes.Where(seen.Add))
            {
                var candidate = Pointer(subtype);
                if (candidate.TryGetProperty("x-ms-discriminator-value", out var declared) ? declared.GetString() == tag : subtype.EndsWith("/" + tag, StringComparison.Ordinal))
                {
                    return subtype;
                }

                pending.Enqueue(subtype);
            }
        }

        return null;
    }

    /// <summary>A numeric <c>format</c>, which a <c>string</c> schema gives to a number held in a string (Google's int64).</summary>
    public static bool IsNumberFormat(string? format) =>
        format is "int8" or "uint8" or "int16" or "uint16" or "int32" or "uint32" or "int64" or "uint64" or "float" or "double" or "decimal";

    /// <summary>Base64 in either alphabet, padding and whitespace optional, as the generated reader takes it; null when it is not.</summary>
    public static byte[]? DecodeBase64(string text)
    {
        var plain = new string(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '-' => '+', '_' => '/', _ => c }).ToArray()).TrimEnd('=');
        plain += new string('=', (4 - (plain.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(plain);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static bool OfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    /// <summary>Equal JSON values: numbers by value, objects whatever their member order.</summary>
    public static bool JsonEqual(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Number => NumbersEqual(a, b),
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => JsonEqual(p.First, p.Second)),
            JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                && a.EnumerateObject().All(m => b.TryGetProperty(m.Name, out var other) && JsonEqual(m.Value, other)),
            _ => true,
        };
    }

    /// <summary>Whether .NET's XML Schema reader (<c>xs:duration</c>, ISO 8601's durations) takes the text.</summary>
    private static bool IsXmlDuration(string text) => XmlDuration(text, out _);

    /// <summary>
    /// Reads an ISO 8601 duration as .NET's XML Schema reader does: false when it is not one; true with a null
    /// <paramref name="value"/> when it is one longer than a <c>TimeSpan</c> holds.
    /// </summary>
    public static bool XmlDuration(string text, out TimeSpan? value)
    {
        value = null;
        try
        {
            value = System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    public static bool NumbersEqual(JsonElement a, JsonElement b) =>
        a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetDouble().Equals(b.GetDouble());
}
