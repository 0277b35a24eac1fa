using System;
using System.Net.Http;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// Base of the conformance tests: every test class shares the one <see cref="TestServer"/> (its collection runs the
/// classes one after another, so the server's coverage counts are not raced).
/// </summary>
[Collection(TestServerCollection.Name)]
public abstract class ConformanceTest
{
    protected ConformanceTest(TestServer server)
    {
        Server = server;
    }

    protected TestServer Server { get; }

    /// <summary>A generated client on the test server: every generated client has the (HttpClient, Uri?) constructor.</summary>
    protected T Client<T>(Func<HttpClient, Uri, T> create, bool keepCookies = false) => create(Server.CreateHttpClient(keepCookies), Server.BaseUri);
}
