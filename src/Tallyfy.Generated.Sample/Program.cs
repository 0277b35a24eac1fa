using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Tallyfy.Generated.Sample;

// Calls each of the eight Tallyfy operations once and prints the result case each one got.
// Without --base-url it starts an embedded server that behaves like Tallyfy.
var options = SampleOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

using var mock = options.BaseUrl is null ? MockTallyfyServer.Start() : null;
var token = Environment.GetEnvironmentVariable("TALLYFY_TOKEN");
if (mock is not null && string.IsNullOrEmpty(token))
{
    token = "sample-token";
}

var clientOptions = new TallyfyClientOptions { BaseUrl = options.BaseUrl ?? new Uri(mock!.Url), Token = token };
try
{
    clientOptions.Validate();
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var client = TallyfyClientFactory.Create(clientOptions, out var httpClient);
using (httpClient)
{
    httpClient.Timeout = TimeSpan.FromSeconds(30);
    Console.WriteLine(mock is null
        ? $"Tallyfy API at {clientOptions.BaseUrl}{(string.IsNullOrEmpty(token) ? " (no TALLYFY_TOKEN set)" : string.Empty)}"
        : $"Embedded mock Tallyfy server at {mock.Url}");

    var calls = new List<(string Name, Func<CancellationToken, Task<ApiResponse>> Call)>
    {
        ("deleteTask", async ct => await client.DeleteTaskAsync(options.Org, options.Task, ct)),
        ("archiveTask", async ct => await client.ArchiveTaskAsync(options.Org, options.Task, ct)),
        ("restoreTask", async ct => await client.RestoreTaskAsync(options.Org, options.Task, ct)),
        ("deleteProcess", async ct => await client.DeleteProcessAsync(options.Org, options.Run, ct)),
        ("reopenProcessTask", async ct => await client.ReopenProcessTaskAsync(options.Org, options.Run, options.Task, ct)),
        ("reopenOneOffTask", async ct => await client.ReopenOneOffTaskAsync(options.Org, options.Task, ct)),
        ("deleteFile", async ct => await client.DeleteFileAsync(options.Org, options.Asset, ct)),
        ("archiveAsset", async ct => await client.ArchiveAssetAsync(options.Org, options.Asset, ct)),
    };

    foreach (var (name, call) in calls)
    {
        try
        {
            var result = await call(CancellationToken.None);
            Console.WriteLine($"{name,-18} {Describe(result)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{name}: the request failed: {ex.Message}");
            return 1;
        }
    }
}

return 0;

// The case name and status, plus what the typed body says where there is one.
static string Describe(ApiResponse result)
{
    var line = $"{CaseName(result),-20} HTTP {result.StatusCode}";
    return result switch
    {
        RestoreTaskResult.Ok { BodyError: null } ok => line + TaskSummary(ok.Body.Data),
        ReopenProcessTaskResult.Ok { BodyError: null } ok => line + TaskSummary(ok.Body.Data),
        ReopenOneOffTaskResult.Ok { BodyError: null } ok => line + TaskSummary(ok.Body.Data),
        _ => line,
    };
}

static string TaskSummary(TaskModel task) => $"  task {task.Id} \"{task.Title}\" status {task.Status}";

static string CaseName(ApiResponse result)
{
    var text = result.ToString();
    var space = text.IndexOf(' ', StringComparison.Ordinal);
    return space > 0 ? text[..space] : text;
}
