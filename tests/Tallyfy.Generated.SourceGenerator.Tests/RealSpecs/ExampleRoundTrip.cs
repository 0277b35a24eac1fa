using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Tallyfy.Generated.SourceGenerator.Model;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// A spec's own response examples as an oracle for the generated readers and writers: every JSON example documented
/// for a response is read into the C# type the generated client reads that response into, then written back, and the
/// two documents compared. Tolerated: numbers compared by value (a <c>format: float</c> one at single precision), a member written as null where the example leaves it
/// out (or the reverse), a date-time string written in another form of the same instant, a uuid, duration or base64
/// string written in another form of the same value, a member the example leaves
/// out written with its schema's <c>default</c> (the reader applies it), a <c>readOnly</c> member left out (the writer
/// writes requests, which never carry one). An example that does not round-trip is the spec's fault only when it
/// breaks its own schema (<see cref="ExampleSchemaCheck"/>); any other failure is the generator's.
/// </summary>
internal static class ExampleRoundTrip
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>What the walk found: counts, and each example that failed, by whose fault.</summary>
    internal sealed class Outcome
    {
        public int Examples { get; set; }

        public int RoundTripped { get; set; }

        public int Untyped { get; set; }

        public List<string> SpecFaults { get; } = new();

        public List<string> Ours { get; } = new();

        public List<string> UntypedAt { get; } = new();

        /// <summary>Operations of the document the client has no method for (a generator diagnostic says why).</summary>
        public List<string> NotGenerated { get; } = new();

        /// <summary>What the examples are of: "response" or "request body".</summary>
        public string Of { get; init; } = "response";

        public string Summary => $"{Examples} {Of} examples: {RoundTripped} round-tripped, {Untyped} typed JsonElement or not sent as JSON (kept as written), "
            + $"{SpecFaults.Count} break their own schema, {Ours.Count} fail otherwise";

        public void WriteDetails(ITestOutputHelper output)
        {
            foreach (var line in UntypedAt)
            {
                output.WriteLine("JsonElement: " + line);
            }

            foreach (var line in SpecFaults)
            {
                output.WriteLine("spec: " + line);
            }

            foreach (var line in Ours)
            {
                output.WriteLine("ours: " + line);
            }
        }
    }

    /// <param name="root">The spec document.</param>
    /// <param name="model">The parser's model of the same spec: which result union and case each response is read into.</param>
    /// <param name="assembly">The generated client, compiled and loaded.</param>
    /// <param name="anyJson">Whether any JSON media type counts (<c>application/*+json</c> and the like), or <c>application/json</c> alone.</param>
    public static Outcome Walk(JsonElement root, ClientModel model, Assembly assembly, bool anyJson)
    {
        var check = new ExampleSchemaCheck(root);
        var types = assembly.GetTypes().Where(t => t.DeclaringType is null).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

        var outcome = new Outcome();
        foreach (var (method, path, responses, operationModel) in Operations(root, model, "responses", outcome))
        {
            if (responses.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var response in responses.EnumerateObject())
            {
                var resolved = check.Resolve(response.Value);
                if (resolved.ValueKind != JsonValueKind.Object || !resolved.TryGetProperty("content", out var content) || JsonMedia(content, anyJson) is not { } media
                    || media.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var hasSchema = media.TryGetProperty("schema", out var schema);
                var bodyType = BodyType(types, operationModel, response.Name);
                foreach (var (name, example) in Examples(check, media))
                {
                    outcome.Examples++;
                    var where = $"{method} {path} {response.Name} example '{name}'";
                    if (!hasSchema)
                    {
                        outcome.Untyped++;
                        outcome.UntypedAt.Add(where + ": no schema (any JSON: a JsonElement, no type to check it against)");
                        continue;
                    }

                    if (bodyType is null && CaseOf(operationModel, response.Name) is { } responseCase && responseCase.Body is not { Kind: BodyKind.Json })
                    {
                        outcome.Untyped++;
                        outcome.UntypedAt.Add(where + ": " + (responseCase.Body is { } other ? "read as " + other.Kind + ", not JSON" : "no body read (a status without content)"));
                        continue;
                    }

                    if (bodyType is null)
                    {
                        outcome.Ours.Add(where + ": no typed body in the generated client");
                        continue;
                    }

                    if (bodyType == typeof(JsonElement))
                    {
                        outcome.Untyped++;
                        outcome.UntypedAt.Add(where);
                        continue;
                    }

                    Judge(outcome, check, where, example, schema, bodyType);
                }
            }
        }

        return outcome;
    }

    /// <summary>
    /// The same for the examples of each operation's JSON request body: read into the type of the generated method's body
    /// parameter (what a caller hands the client) and written back as the client sends it. The tolerances are the
    /// response's: a <c>readOnly</c> member an example of a request carries (copied from a response) is left out by the
    /// writer, as a request never carries one.
    /// </summary>
    public static Outcome WalkRequests(JsonElement root, ClientModel model, Assembly assembly, bool anyJson)
    {
        var check = new ExampleSchemaCheck(root);
        var client = assembly.GetTypes().Single(t => t.IsClass && t.Name == model.ClientName && t.Namespace == model.Namespace);

        var outcome = new Outcome { Of = "request body" };
        foreach (var (method, path, requestBody, operationModel) in Operations(root, model, "requestBody", outcome))
        {
            if (check.Resolve(requestBody) is not { ValueKind: JsonValueKind.Object } resolved
                || !resolved.TryGetProperty("content", out var content) || JsonMedia(content, anyJson) is not { ValueKind: JsonValueKind.Object } media)
            {
                continue;
            }

            var hasSchema = media.TryGetProperty("schema", out var schema);
            var bodyType = RequestBodyType(client, operationModel);
            foreach (var (name, example) in Examples(check, media))
            {
                outcome.Examples++;
                var where = $"{method} {path} request example '{name}'";
                if (!hasSchema || bodyType == typeof(JsonElement) || operationModel.RequestBody is not { Kind: RequestBodyKind.Json })
                {
                    outcome.Untyped++;
                    outcome.UntypedAt.Add(where + (operationModel.RequestBody is { Kind: not RequestBodyKind.Json } other ? ": sent as " + other.Kind : string.Empty));
                    continue;
                }

                if (bodyType is null)
                {
                    outcome.Ours.Add(where + ": no typed body parameter in the generated method");
                    continue;
                }

                Judge(outcome, check, where, example, schema, bodyType);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Each operation of the document (method in upper case, path) whose object has <paramref name="member"/>, with that
    /// member and the parser's model of the operation; one the client has no method for is listed in
    /// <see cref="Outcome.NotGenerated"/> instead.
    /// </summary>
    private static IEnumerable<(string Method, string Path, JsonElement Member, OperationModel Model)> Operations(JsonElement root, ClientModel model, string member, Outcome outcome)
    {
        var operations = model.Operations.GroupBy(o => (o.Method, o.PathTemplate)).ToDictionary(g => g.Key, g => g.First());
        foreach (var pathItem in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (pathItem.Value.ValueKind != JsonValueKind.Object || !pathItem.Value.TryGetProperty(method, out var operation)
                    || operation.ValueKind != JsonValueKind.Object || !operation.TryGetProperty(member, out var value))
                {
                    continue;
                }

                var key = (Method: method.ToUpperInvariant(), Path: pathItem.Name);
                if (operations.TryGetValue(key, out var operationModel))
                {
                    yield return (key.Method, key.Path, value, operationModel);
                }
                else
                {
                    outcome.NotGenerated.Add(key.Method + " " + key.Path);
                }
            }
        }
    }

    /// <summary>Round-trips one example and counts it: round-tripped, the spec's fault (it breaks its own schema), or ours.</summary>
    private static void Judge(Outcome outcome, ExampleSchemaCheck check, string where, JsonElement example, JsonElement schema, Type bodyType)
    {
        var problem = RoundTrip(check, example, schema, bodyType);
        if (problem is null)
        {
            outcome.RoundTripped++;
            return;
        }

        var violations = schema.ValueKind == JsonValueKind.Object ? check.Violations(example, schema) : new List<string>();
        if (violations.Count > 0)
        {
            outcome.SpecFaults.Add($"{where}: {problem}; the example breaks its schema: {violations[0]}");
        }
        else
        {
            outcome.Ours.Add($"{where} ({bodyType.Name}): {problem}");
        }
    }

    /// <summary>The type of the generated method's body parameter (a nullable value type's underlying type), null when it has none.</summary>
    private static Type? RequestBodyType(Type client, OperationModel operation)
    {
        if (operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Body) is not { } body)
        {
            return null;
        }

        var type = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == operation.Name + "Async")
            .SelectMany(m => m.GetParameters())
            .FirstOrDefault(p => p.Name == body.Identifier)?.ParameterType;
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>The response's JSON media type: <c>application/json</c>, else (with <paramref name="anyJson"/>) the first whose type names JSON.</summary>
    private static JsonElement? JsonMedia(JsonElement content, bool anyJson)
    {
        if (content.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (content.TryGetProperty("application/json", out var media))
        {
            return media;
        }

        return anyJson
            ? content.EnumerateObject().Where(m => m.Name.Contains("json", StringComparison.OrdinalIgnoreCase)).Select(m => (JsonElement?)m.Value).FirstOrDefault()
            : null;
    }

    /// <summary>The media type's examples: each of <c>examples</c> (a <c>$ref</c> into <c>components/examples</c> or inline), else its <c>example</c>.</summary>
    private static IEnumerable<(string Name, JsonElement Value)> Examples(ExampleSchemaCheck check, JsonElement media)
    {
        if (media.TryGetProperty("examples", out var examples) && examples.ValueKind == JsonValueKind.Object)
        {
            foreach (var example in examples.EnumerateObject())
            {
                if (check.Resolve(example.Value) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("value", out var value))
                {
                    yield return (example.Name, value);
                }
            }
        }
        else if (media.TryGetProperty("example", out var single))
        {
            yield return ("example", single);
        }
    }

    /// <summary>The type of the <c>Body</c> of the result case the generated client reads this status into.</summary>
    private static Type? BodyType(Dictionary<string, Type> types, OperationModel operation, string status)
    {
        var model = CaseOf(operation, status);
        if (model?.Body is not { Kind: BodyKind.Json } || !types.TryGetValue(operation.Result.TypeName, out var union))
        {
            return null;
        }

        return union.GetNestedType(model.Name)?.GetProperty("Body")?.PropertyType;
    }

    /// <summary>The case of the operation's result a response of this status key is read into.</summary>
    private static ResponseCaseModel? CaseOf(OperationModel operation, string status) =>
        operation.Result.Cases.FirstOrDefault(c => status == "default"
            ? c.Kind == StatusKind.Default
            : status.Length == 3 && status.EndsWith("XX", StringComparison.OrdinalIgnoreCase)
                ? c.Kind == StatusKind.Range && c.Status == status[0] - '0'
                : c.Kind == StatusKind.Exact && c.Status.ToString(CultureInfo.InvariantCulture) == status);

    /// <summary>Null when the example reads and writes back the same; otherwise what went wrong.</summary>
    private static string? RoundTrip(ExampleSchemaCheck check, JsonElement example, JsonElement schema, Type bodyType)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(example.GetRawText(), bodyType);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return "read failed: " + ex.GetType().Name + ": " + ex.Message;
        }

        byte[] written;
        try
        {
            written = JsonSerializer.SerializeToUtf8Bytes(value, bodyType);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return "write failed: " + ex.GetType().Name + ": " + ex.Message;
        }

        using var back = JsonDocument.Parse(written);
        var differences = new List<string>();
        Compare(check, example, back.RootElement, new[] { schema }, "$", differences);
        return differences.Count == 0 ? null : "written back differently: " + string.Join("; ", differences.Take(3)) + (differences.Count > 3 ? $" (+{differences.Count - 3})" : "");
    }

    /// <param name="schemas">The schemas the value is of (several through allOf, anyOf and oneOf), for the tolerances that depend on them.</param>
    private static void Compare(ExampleSchemaCheck check, JsonElement original, JsonElement written, IReadOnlyList<JsonElement> schemas, string path, List<string> differences)
    {
        if (original.ValueKind != written.ValueKind && !(IsBoolean(original) && IsBoolean(written)))
        {
            differences.Add($"{path}: {Short(original)} became {Short(written)}");
            return;
        }

        switch (original.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in original.EnumerateObject())
                {
                    if (written.TryGetProperty(member.Name, out var other))
                    {
                        Compare(check, member.Value, other, check.MemberSchemas(schemas, member.Name), path + "." + member.Name, differences);
                    }
                    else if (member.Value.ValueKind != JsonValueKind.Null && !check.MemberSchemas(schemas, member.Name).Any(IsReadOnly))
                    {
                        differences.Add($"{path}.{member.Name}: lost");
                    }
                }

                foreach (var member in written.EnumerateObject())
                {
                    if (!original.TryGetProperty(member.Name, out _) && member.Value.ValueKind != JsonValueKind.Null
                        && !check.MemberSchemas(schemas, member.Name).Any(m => m.TryGetProperty("default", out var value) && ExampleSchemaCheck.JsonEqual(value, member.Value)))
                    {
                        differences.Add($"{path}.{member.Name}: added as {Short(member.Value)}");
                    }
                }

                break;
            case JsonValueKind.Array:
                if (original.GetArrayLength() != written.GetArrayLength())
                {
                    differences.Add($"{path}: {original.GetArrayLength()} items became {written.GetArrayLength()}");
                    return;
                }

                var index = 0;
                var itemSchemas = check.ItemSchemas(schemas);
                foreach (var (a, b) in original.EnumerateArray().Zip(written.EnumerateArray()))
                {
                    Compare(check, a, b, itemSchemas, $"{path}[{index++}]", differences);
                }

                break;
            case JsonValueKind.Number:
                // format: float is single precision: a value the example gives with more digits is held to float's.
                if (!ExampleSchemaCheck.NumbersEqual(original, written)
                    && !(Formats(check, schemas).Contains("float") && (float)original.GetDouble() == (float)written.GetDouble()))
                {
                    differences.Add($"{path}: {original.GetRawText()} became {written.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                var (x, y) = (original.GetString()!, written.GetString()!);
                if (x != y && !SameInstant(x, y) && !SameValueOfFormat(Formats(check, schemas).FirstOrDefault(), x, y))
                {
                    differences.Add($"{path}: {Short(original)} became {Short(written)}");
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                if (original.ValueKind != written.ValueKind)
                {
                    differences.Add($"{path}: {original.GetRawText()} became {written.GetRawText()}");
                }

                break;
        }
    }

    /// <summary>Marked <c>readOnly</c> itself or by an <c>allOf</c> part beside it (<c>allOf: [{…}, {readOnly: true}]</c>), as the generator reads it.</summary>
    private static bool IsReadOnly(JsonElement schema) =>
        Marked(schema) || (schema.TryGetProperty("allOf", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.EnumerateArray().Any(Marked));

    private static bool Marked(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("readOnly", out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>The <c>format</c>s the schemas give, resolved, in their order.</summary>
    private static IEnumerable<string> Formats(ExampleSchemaCheck check, IReadOnlyList<JsonElement> schemas) =>
        schemas.Select(check.Resolve)
            .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String)
            .Select(r => r.GetProperty("format").GetString()!);

    /// <summary>
    /// Two texts of the same typed value: a uuid in either case, a duration in another ISO 8601 form (<c>PT05M</c> is
    /// <c>PT5M</c>), bytes in another base64 form (unpadded, url-safe, or with non-zero bits past the last byte), a
    /// number held in a string in another form (<c>"1.0"</c> is <c>"1"</c>).
    /// </summary>
    private static bool SameValueOfFormat(string? format, string a, string b) => format switch
    {
        "uuid" or "guid" => Guid.TryParse(a, out var x) && Guid.TryParse(b, out var y) && x == y,
        _ when ExampleSchemaCheck.IsNumberFormat(format) =>
            double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var u) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && u == v,
        "duration" => ExampleSchemaCheck.XmlDuration(a, out var p) && ExampleSchemaCheck.XmlDuration(b, out var q) && p is not null && p == q,
        "byte" => ExampleSchemaCheck.DecodeBase64(a) is { } m && ExampleSchemaCheck.DecodeBase64(b) is { } n && m.AsSpan().SequenceEqual(n),
        _ => false,
    };

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameInstant(string a, string b) =>
        a.Contains('T', StringComparison.Ordinal)
        && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var x)
        && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var y)
        && x == y;

    private static string Short(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }

}
