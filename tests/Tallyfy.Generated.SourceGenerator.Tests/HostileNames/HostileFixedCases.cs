using System.Collections.Generic;

namespace Tallyfy.Generated.SourceGenerator.Tests.HostileNames;

/// <summary>A spec the property test once failed on, shrunk, with the bug it showed.</summary>
internal sealed record HostileFixedCase(string Name, string Bug, string Spec);

/// <summary>
/// Every failure <see cref="HostileNameTests"/> found, shrunk, stays here as a fixed case, one line naming its bug.
/// Each spec is checked on its own exactly as the property test checks a spec.
/// </summary>
internal static class HostileFixedCases
{
    private const string Head = """{"openapi":"3.0.3","info":{"title":"Hostile","version":"1"},"servers":[{"url":"https://example.test/api"}]""";

    public static readonly IReadOnlyList<HostileFixedCase> All = new HostileFixedCase[]
    {
        // Control: every position of the shapes below, with plain names; passes today.
        new(
            "ordinary-names",
            "control: plain names in the shapes the fixed cases use",
            Head + ""","paths":{"/things/{thingId}":{"post":{"operationId":"saveThing","parameters":[{"name":"thingId","in":"path","required":true,"schema":{"type":"string"}},{"name":"limit","in":"query","schema":{"type":"integer"}},{"name":"X-Trace","in":"header","required":true,"schema":{"type":"string"}},{"name":"session","in":"cookie","schema":{"type":"string"}}],"requestBody":{"content":{"multipart/form-data":{"schema":{"type":"object","properties":{"label":{"type":"string"}},"required":["label"]}}}},"responses":{"200":{"description":"ok","headers":{"X-Rate":{"schema":{"type":"string"}}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}}},"components":{"schemas":{"Thing":{"type":"object","properties":{"kind":{"type":"string","enum":["small","large"]}},"required":["kind"]}}}}"""),

        // A line break in a JSON property name ends the /// <remarks>JSON name: <c>…</c> line: the rest is code (CS1519, CS1570, CS1587, CS0169, CS0246…).
        new(
            "newline-in-property-name",
            "a line break in a property name breaks out of the doc comment",
            Head + ""","paths":{},"components":{"schemas":{"Thing":{"type":"object","properties":{"\n":{"type":"string"}},"required":["\n"]}}}}"""),

        // The same in a form/multipart request body's inline schema: "may be null." becomes code (CS0246 'may', CS1002, CS1003).
        new(
            "newline-in-multipart-property-name",
            "a line break in a multipart body property name breaks out of the doc comment",
            Head + ""","paths":{"/x":{"put":{"requestBody":{"required":true,"content":{"multipart/form-data":{"schema":{"type":"object","properties":{"\n":{"type":"boolean","nullable":true}},"required":["\n"]}}}},"responses":{"200":{"description":"ok"}}}}}}"""),

        // A string enum value "MemberwiseClone" becomes a static member hiding object.MemberwiseClone() (CS0108).
        new(
            "enum-value-MemberwiseClone",
            "an enum value named MemberwiseClone hides object.MemberwiseClone",
            Head + ""","paths":{},"components":{"schemas":{"Thing":{"type":"object","properties":{"kind":{"type":"string","enum":["MemberwiseClone"]}},"required":["kind"]}}}}"""),

        // A response header "GetValue" becomes a property of the {Case}Headers class hiding ApiResponseHeaders.GetValue(string) (CS0108).
        new(
            "response-header-GetValue",
            "a response header named GetValue hides ApiResponseHeaders.GetValue",
            Head + ""","paths":{"/x":{"get":{"operationId":"getX","responses":{"200":{"description":"ok","headers":{"GetValue":{"schema":{"type":"string"}}}}}}}}}"""),

        // A string enum schema named "Value" gets its own member Value, named as its type (CS0542).
        new(
            "enum-schema-Value",
            "an enum schema named Value has a member named as its type",
            Head + ""","paths":{},"components":{"schemas":{"Value":{"type":"string","enum":["a"]}}}}"""),

        // A union schema named "Unknown" gets its Unknown fallback case nested inside it, named as its type (CS0542, CS0509, CS0029, CS8121).
        new(
            "union-schema-Unknown",
            "a union schema named Unknown collides with its Unknown case",
            Head + ""","paths":{},"components":{"schemas":{"A":{"type":"object","properties":{}},"B":{"type":"object","properties":{}},"Unknown":{"oneOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/B"}]}}}}"""),

        // A schema named "{X}JsonConverter" beside a string enum X: the enum's converter takes the same name (CS0101, CS0563, CS0556, CS8767, CS0419).
        new(
            "schema-named-as-enum-converter",
            "a schema named XJsonConverter collides with enum X's converter",
            Head + ""","paths":{},"components":{"schemas":{"remove":{"type":"string","enum":["a"]},"removeJsonConverter":{"type":"string","enum":["b"]}}}}"""),

        // The same with an object schema named "{X}JsonConverter": partial and sealed declarations of one type (CS0260, CS0579).
        new(
            "object-schema-named-as-enum-converter",
            "an object schema named XJsonConverter collides with enum X's converter",
            Head + ""","paths":{},"components":{"schemas":{"Thing":{"type":"string","enum":["a"]},"ThingJsonConverter":{"type":"object","properties":{"size":{"type":"integer"}}}}}}"""),

        // A path parameter named "nameof" is not escaped, so nameof(nameof) calls it (CS0149; CS1503 follows).
        new(
            "path-parameter-nameof",
            "a parameter named nameof breaks nameof(...)",
            Head + ""","paths":{"/x/{nameof}":{"get":{"operationId":"getX","parameters":[{"name":"nameof","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}}}}"""),

        // A path parameter named "await" is not escaped, and await is a keyword in the async method (CS1525; CS1503 follows).
        new(
            "path-parameter-await",
            "a parameter named await is not an identifier in an async method",
            Head + ""","paths":{"/x/{await}":{"get":{"operationId":"getX","parameters":[{"name":"await","in":"path","required":true,"schema":{"type":"boolean"}}],"responses":{"200":{"description":"ok"}}}}}}"""),

        // A parameter named "abValue" beside an optional parameter "a-b", whose local is {p}Value = abValue (CS0136, CS0841).
        new(
            "parameter-named-as-value-local",
            "a parameter named pValue collides with optional parameter p's local",
            Head + ""","paths":{"/x/{abValue}":{"delete":{"operationId":"deleteX","parameters":[{"name":"abValue","in":"path","required":true,"schema":{"type":"string"}},{"name":"a-b","in":"cookie","required":false,"schema":{"type":"integer","format":"int64"}}],"responses":{"200":{"description":"ok"}}}}}}"""),

        // A line break in a path parameter (so in the path template) breaks out of the result union's /// <summary> (CS0116, CS1022, CS8803…).
        new(
            "newline-in-path-template",
            "a line break in the path template breaks out of the doc comment",
            Head + ""","paths":{"/x/{\nid}":{"post":{"parameters":[{"name":"\nid","in":"path","required":true,"schema":{"type":"integer","format":"int64"}}],"responses":{"200":{"description":"ok"}}}}}}"""),

        // A parameter named "body" beside a request body: the body becomes body2 but both locals are bodyValue (CS0128, CS1503).
        new(
            "parameter-named-body-beside-request-body",
            "a parameter named body collides with the request body's bodyValue local",
            Head + ""","paths":{"/x":{"post":{"operationId":"postX","parameters":[{"name":"Body","in":"query","required":false,"schema":{"type":"string"}}],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},"responses":{"200":{"description":"ok"}}}}},"components":{"schemas":{"Thing":{"type":"object","properties":{"size":{"type":"integer"}}}}}}"""),

        // A parameter named "{p}Header" beside a header parameter p, whose local is {p}Header (CS0136).
        new(
            "parameter-named-as-header-local",
            "a parameter named pHeader collides with header parameter p's local",
            Head + ""","paths":{"/x":{"delete":{"operationId":"deleteX","parameters":[{"name":"FIXED","in":"header","required":false,"schema":{"type":"string"}},{"name":"FIXEDHeader","in":"cookie","required":false,"schema":{"type":"integer","format":"int64"}}],"responses":{"200":{"description":"ok"}}}}}}"""),

        // A response header "GetHashCode" hides object.GetHashCode() in the {Case}Headers class (CS0108), like GetValue above.
        new(
            "response-header-GetHashCode",
            "a response header named GetHashCode hides object.GetHashCode",
            Head + ""","paths":{"/x":{"get":{"operationId":"getX","responses":{"200":{"description":"ok","headers":{"GetHashCode":{"schema":{"type":"integer","format":"int64"}}}}}}}}}"""),

        // A schema named "{X}JsonConverter" beside a union X: the union's converter takes the same name (CS0260, CS0579).
        new(
            "schema-named-as-union-converter",
            "a schema named XJsonConverter collides with union X's converter",
            Head + ""","paths":{},"components":{"schemas":{"Thing":{"type":"object","properties":{}},"PetJsonConverter":{"type":"object","properties":{"size":{"type":"string"}}},"Pet":{"anyOf":[{"type":"string"},{"$ref":"#/components/schemas/Thing"}]}}}}"""),

        // A cookie parameter named "await" (an array): "await ?? throw" is not an expression in the async method (CS1525).
        new(
            "cookie-parameter-await",
            "a cookie parameter named await is not an identifier in an async method",
            Head + ""","paths":{"/x":{"patch":{"operationId":"patchX","parameters":[{"name":"Await","in":"cookie","required":true,"schema":{"type":"array","items":{"type":"string"}}}],"responses":{"200":{"description":"ok"}}}}}}"""),
    };
}
