using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The generated code names types by their short names, with the usings inside the client's namespace: nothing a
/// consumer imports or declares around it, and nothing the spec names, may change the type a name binds to.
/// </summary>
public sealed class ShortNameTests
{
    /// <summary>Same-named types in a namespace the consumer imports everywhere, in the client's parent namespace and in the global namespace.</summary>
    private const string HostileConsumer = """
        #pragma warning disable CS1591
        global using Hostile;
        global using static Hostile.Statics;

        namespace Hostile
        {
            public class JsonConverter { }
            public class JsonConverter<T> { }
            public class Task { }
            public class Task<T> { }
            public class Func<T> { }
            public class Func<T1, T2> { }
            public class Func<T1, T2, T3> { }
            public class Action { }
            public class Action<T> { }
            public class Action<T1, T2> { }
            public class Exception { }
            public class Error { }
            public class Utf8JsonReader { }
            public class Utf8JsonWriter { }
            public class JsonSerializerOptions { }
            public class JsonElement { }
            public class JsonTokenType { }
            public class NotNullWhenAttribute : System.Attribute { }
            public class MaybeNullWhenAttribute : System.Attribute { }
            public class GeneratedCodeAttribute : System.Attribute { }
            public class EditorBrowsableAttribute : System.Attribute { }
            public class ObsoleteAttribute : System.Attribute { }
            public class CancellationToken { }
            public class HttpClient { }
            public class HttpContent { }
            public class HttpMethod { }
            public class Uri { }
            public class Guid { }
            public class Stream { }
            public class StringBuilder { }
            public class Type { }
            public class List<T> { }
            public class IReadOnlyList<T> { }
            public class Dictionary<TKey, TValue> { }
            public class IDictionary<TKey, TValue> { }
            public class KeyValuePair<TKey, TValue> { }
            public class ArgumentNullException { }
            public class InvalidOperationException { }
            public class ApiResponse { }
            public static class Statics { public static int JsonSerializer = 0; public static int Encoding = 0; }
        }

        namespace Tallyfy
        {
            public class Task { }
            public class JsonElement { }
            public class Exception { }
        }

        public class Uri { }
        public class CancellationToken { }
        """;

    public static TheoryData<string, string> Specs() => new()
    {
        { RepoPaths.TallyfySpec, "Tallyfy.Api" },
        { Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "features.openapi.yaml"), "Features" },
        { Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "legacy.swagger.json"), "Legacy" },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void A_consumers_own_same_named_types_and_global_usings_do_not_reach_the_generated_code(string specPath, string ns)
    {
        var run = Run(HostileConsumer, new SpecText(specPath, File.ReadAllText(specPath), ns, "Client"));

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("using global::System.Text.Json;", StringComparison.Ordinal));
    }

    [Fact]
    public void Schemas_and_members_named_like_the_base_library_types_the_code_uses_keep_it_compiling()
    {
        var names = new[]
        {
            "Task", "Exception", "JsonElement", "Uri", "Guid", "Action", "Func", "Stream", "JsonConverter", "Utf8JsonReader",
            "Utf8JsonWriter", "JsonSerializerOptions", "JsonSerializer", "JsonTokenType", "CancellationToken", "HttpClient",
            "HttpContent", "HttpMethod", "List", "Dictionary", "IReadOnlyList", "KeyValuePair", "StringBuilder", "Type",
            "GeneratedCode", "NotNullWhen", "EditorBrowsable", "ArgumentNullException", "InvalidOperationException",
            "JsonException", "Obsolete", "ObsoleteAttribute", "Encoding", "StringComparer", "NotFound", "Ok", "BadRequest",
            "TResult", "OkHeaders",
        };
        var spec = ClashSpec.Json(names);

        var run = Run("namespace Consumer { internal static class Marker { } }", new SpecText("/specs/clash.json", spec, "Clash", "ClashClient") { KeepUnusedSchemas = "true" });

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationProblems());
        var links = run.Output.GetSymbolsWithName("Link", SymbolFilter.Member).OfType<IPropertySymbol>().ToList();
        Assert.Equal(names.Length, links.Count);
        Assert.All(links, link => Assert.Equal("System.Uri?", link.Type.ToDisplayString()));
        // Past 32 types the models share one file: Ok sits in it.
        var ok = run.Source(".Models.g.cs");
        Assert.Contains("public Uri? Link", ok, StringComparison.Ordinal); // in a type context the property Uri hides nothing
        Assert.Contains("global::System.Text.Json.Utf8JsonReader", ok, StringComparison.Ordinal); // Clash.Utf8JsonReader would take the short name
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("using global::System.Text.Json;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_is_shortened_only_where_nothing_closer_has_it()
    {
        const string Text = """
            // <auto-generated/>
            #nullable enable

            namespace Acme;

            /// <summary>See <see cref="global::System.Uri"/>, and global::System.Guid in prose.</summary>
            public sealed class Holder
            {
                public string Text { get; } = "global::System.Text.Json.JsonElement";

                public global::System.Text.Json.JsonElement Element { get; init; }

                public global::Acme.Holder.Inner? Nested { get; init; }

                public global::Acme.Other? Other { get; init; }

                public int Guid { get; init; }

                public global::System.Guid Id { get; init; }

                public bool IsEmpty => Id == global::System.Guid.Empty;

                public TResult Match<TResult>(global::System.Func<TResult> f) => f();

                public global::System.IO.Stream? Raw { get; init; }

                public sealed class Inner { }

                public sealed class Stream { }
            }

            public sealed class Other
            {
                public global::System.Text.StringBuilder Builder { get; } = new global::System.Text.StringBuilder(); // global::System.IO.File
            }
            """;

        var text = ShortNames.Apply("Acme", new[] { Text }, supportText: null).Single();

        Assert.Contains("namespace Acme;\n\nusing global::System;\nusing global::System.Text;\nusing global::System.Text.Json;\n\n/// <summary>", text, StringComparison.Ordinal);
        Assert.Contains("<see cref=\"Uri\"/>, and global::System.Guid in prose.", text, StringComparison.Ordinal);
        Assert.Contains("= \"global::System.Text.Json.JsonElement\";", text, StringComparison.Ordinal);
        Assert.Contains("public JsonElement Element", text, StringComparison.Ordinal);
        Assert.Contains("public Holder.Inner? Nested", text, StringComparison.Ordinal);
        Assert.Contains("public Other? Other", text, StringComparison.Ordinal);
        Assert.Contains("public Guid Id", text, StringComparison.Ordinal); // a type context: the property Guid does not hide the type
        Assert.Contains("Id == global::System.Guid.Empty;", text, StringComparison.Ordinal); // an expression: it would
        Assert.Contains("Match<TResult>(Func<TResult> f)", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.IO.Stream? Raw", text, StringComparison.Ordinal); // the nested Stream would hide it
        Assert.Contains("public StringBuilder Builder { get; } = new StringBuilder(); // global::System.IO.File", text, StringComparison.Ordinal);
        Assert.DoesNotContain("using global::System.IO;", text, StringComparison.Ordinal);

        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_generic_collection_interface_is_short_though_System_Collections_declares_one_of_the_same_name()
    {
        const string Text = """
            // <auto-generated/>
            #nullable enable

            namespace Acme;

            public sealed class Holder
            {
                public global::System.Collections.Generic.IDictionary<string, int>? Map { get; init; }

                public global::System.Collections.IDictionary? Untyped { get; init; }

                public global::System.Collections.Generic.IEnumerable<int> Items => global::System.Array.Empty<int>();

                public global::System.Collections.IEnumerable Both => (global::System.Collections.IEnumerable)Items;
            }
            """;

        var text = ShortNames.Apply("Acme", new[] { Text }, supportText: null).Single();

        Assert.Contains("public IDictionary<string, int>? Map", text, StringComparison.Ordinal);
        Assert.Contains("public IEnumerable<int> Items", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.IDictionary? Untyped", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.IEnumerable Both", text, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_type_named_after_a_colon_is_used_not_declared_so_it_does_not_keep_its_name_qualified()
    {
        const string Text = """
            // <auto-generated/>
            #nullable enable

            namespace Acme;

            public abstract class Result
            {
                internal static Result Create(int status) => status == 200 ? new Ok() : global::Acme.Result.Fallback();

                private static Result Fallback() => new Ok();

                public sealed class Ok : Result { }
            }

            public sealed class Client
            {
                public global::Acme.Result Send() => global::Acme.Result.Create(200);
            }
            """;

        var text = ShortNames.Apply("Acme", new[] { Text }, supportText: null).Single();

        Assert.Contains("public Result Send() => Result.Create(200);", text, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_escaped_identifier_declares_its_name_and_an_escaped_keyword_is_no_keyword()
    {
        // @Guid declares Guid (it hides the type in an expression); @class is a type here, so Uri after it is a
        // property, which hides no type in a type context.
        const string Text = """
            // <auto-generated/>
            #nullable enable

            namespace Acme;

            public sealed class @class { }

            public sealed class Holder
            {
                public @class Uri { get; init; } = new();

                public global::System.Uri? Link { get; init; }

                public bool IsEmpty(global::System.Guid @Guid) => @Guid == global::System.Guid.Empty;
            }
            """;

        var text = ShortNames.Apply("Acme", new[] { Text }, supportText: null).Single();

        Assert.Contains("public Uri? Link", text, StringComparison.Ordinal);
        Assert.Contains("IsEmpty(Guid @Guid) => @Guid == global::System.Guid.Empty;", text, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Tab_indented_code_is_read_like_space_indented_code()
    {
        // The generated code indents with tabs: a nested type is still nested, a nested doc comment still a comment.
        const string Text = "// <auto-generated/>\n#nullable enable\n\nnamespace Acme;\n\npublic sealed class Holder\n{\n"
            + "\t/// <summary>Throws <see cref=\"global::System.InvalidOperationException\"/>.</summary>\n"
            + "\tpublic global::System.IO.Stream? Raw { get; init; }\n\n\tpublic sealed class Stream { }\n}\n";

        var text = ShortNames.Apply("Acme", new[] { Text }, supportText: null).Single();

        Assert.Contains("\t/// <summary>Throws <see cref=\"InvalidOperationException\"/>.</summary>", text, StringComparison.Ordinal);
        Assert.Contains("\tpublic global::System.IO.Stream? Raw", text, StringComparison.Ordinal); // the nested Stream would hide it
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Texts_read_in_place_from_a_buffer_are_rewritten_as_the_same_texts_given_as_strings()
    {
        // The grouped files are read where their writer wrote them: a slice of a larger array, not a string.
        const string Shortened = "namespace Acme;\n\npublic sealed class A { public global::System.Guid Id { get; init; } }\n";
        const string Unchanged = "namespace Acme;\n\npublic sealed class B { }\n";
        var buffer = ("xx" + Shortened + Unchanged + "yy").ToCharArray();
        var inPlace = new ReadOnlyMemory<char>[] { buffer.AsMemory(2, Shortened.Length), buffer.AsMemory(2 + Shortened.Length, Unchanged.Length) };

        var fromBuffer = ShortNames.Apply("Acme", inPlace, supportText: null);
        var fromStrings = ShortNames.Apply("Acme", new[] { Shortened, Unchanged }, supportText: null);

        Assert.Equal(fromStrings, fromBuffer);
        Assert.Contains("public Guid Id", fromBuffer[0], StringComparison.Ordinal);
        Assert.Equal(Unchanged, fromBuffer[1]);
    }

    [Fact]
    public void The_Tallyfy_client_puts_its_usings_inside_its_namespace_and_names_the_library_types_short()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());

        foreach (var source in run.Sources.Where(s => !s.HintName.Contains("ApiSupport", StringComparison.Ordinal)))
        {
            var text = source.SourceText.ToString();
            var firstUsing = text.IndexOf("\nusing ", StringComparison.Ordinal);
            Assert.True(firstUsing > text.IndexOf("\nnamespace Tallyfy;\n", StringComparison.Ordinal), source.HintName);
            Assert.DoesNotContain("global::System.Text.Json.Utf8JsonReader", text, StringComparison.Ordinal);
            Assert.DoesNotContain("global::System.Threading.CancellationToken", text, StringComparison.Ordinal);
        }
    }

    private static GeneratorRun Run(string consumer, SpecText spec)
    {
        var compilation = GeneratorHarness.CreateCompilation(consumer);
        var driver = GeneratorHarness.CreateDriver(new[] { spec }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }
}
