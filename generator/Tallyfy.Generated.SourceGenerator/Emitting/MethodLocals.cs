using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The locals of one generated operation method. Its parameters keep their names (reserved first, with
/// <c>cancellationToken</c>); every local the method declares, and every lambda parameter, is allocated after them,
/// so a spec parameter called <c>path</c>, <c>content</c> or <c>idValue</c> can never collide with one.
/// </summary>
internal sealed class MethodLocals
{
    private readonly NameScope _scope;
    private readonly Dictionary<string, string> _values = new();
    private readonly Dictionary<string, string> _headers = new();
    private readonly Dictionary<string, string> _cookies = new();

    public MethodLocals(OperationModel operation)
    {
        _scope = new NameScope(new[] { GeneratedNames.CancellationToken }.Concat(operation.Parameters.Select(p => p.Identifier))
            .Concat(operation.RequestBody?.TextChoice is { } choice ? new[] { choice.Identifier } : System.Array.Empty<string>()));
        Path = _scope.Allocate(GeneratedNames.PathLocal);
        Query = _scope.Allocate(GeneratedNames.QueryLocal);
        Request = _scope.Allocate(GeneratedNames.RequestLocal);
        Response = _scope.Allocate(GeneratedNames.ResponseLocal);
        Raw = _scope.Allocate(GeneratedNames.RawLocal);
        Content = _scope.Allocate(GeneratedNames.ContentLocal);
        Form = _scope.Allocate(GeneratedNames.FormLocal);
        Multipart = _scope.Allocate(GeneratedNames.MultipartLocal);
        Cookies = _scope.Allocate(GeneratedNames.CookiesLocal);
        Item = _scope.Allocate(GeneratedNames.ItemLocal);
        Pair = _scope.Allocate(GeneratedNames.PairLocal);
        Writer = _scope.Allocate(GeneratedNames.WriterLocal);
        LambdaValue = _scope.Allocate(GeneratedNames.ValueLocal);
        foreach (var parameter in operation.Parameters)
        {
            _values[parameter.Identifier] = _scope.Allocate(GeneratedNames.ValueOf(parameter.Identifier));
            if (parameter.Location == ParameterLocation.Header)
            {
                _headers[parameter.Identifier] = _scope.Allocate(GeneratedNames.HeaderOf(parameter.Identifier));
            }
            else if (parameter.Location == ParameterLocation.Cookie)
            {
                _cookies[parameter.Identifier] = _scope.Allocate(GeneratedNames.CookieOf(parameter.Identifier));
            }
        }

        Failure = _scope.Allocate(GeneratedNames.FailureLocal);
    }

    public string Path { get; }

    /// <summary>The exception caught by a method that is not <c>async</c>, ended in its task.</summary>
    public string Failure { get; }

    public string Query { get; }

    /// <summary>The <c>HttpRequestMessage</c>.</summary>
    public string Request { get; }

    public string Response { get; }

    public string Raw { get; }

    /// <summary>The request's <c>HttpContent</c>.</summary>
    public string Content { get; }

    public string Form { get; }

    public string Multipart { get; }

    public string Cookies { get; }

    /// <summary>The loop variable over a collection (and the parameter of lambdas over one item).</summary>
    public string Item { get; }

    public string Pair { get; }

    /// <summary>The writer parameter of JSON-writing lambdas.</summary>
    public string Writer { get; }

    /// <summary>The value parameter of JSON-writing lambdas.</summary>
    public string LambdaValue { get; }

    /// <summary>An optional parameter's value once it is known not to be null.</summary>
    public string Value(ParameterModel parameter) => _values[parameter.Identifier];

    public string Header(ParameterModel parameter) => _headers[parameter.Identifier];

    public string Cookie(ParameterModel parameter) => _cookies[parameter.Identifier];

    /// <summary>A further local (a form field, the case of a union body), clear of every name above and of each other.</summary>
    public string Allocate(string preferred) => _scope.Allocate(preferred);
}
