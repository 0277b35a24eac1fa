using System;
using System.Collections.Generic;

namespace Tallyfy.Generated.Sample;

/// <summary>The sample's command line: <c>[--base-url URL] [--org ID] [--task ID] [--run ID] [--asset ID]</c>.</summary>
internal sealed record SampleOptions(Uri? BaseUrl, string Org, string Task, string Run, string Asset)
{
    public const string Usage =
        "usage: Tallyfy.Generated.Sample [--base-url URL] [--org ID] [--task ID] [--run ID] [--asset ID]  (token from TALLYFY_TOKEN)";

    /// <summary>Parses the arguments; returns null and an error message when they are wrong.</summary>
    public static SampleOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        Uri? baseUrl = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--org"] = "org_sample",
            ["--task"] = "3f1c2b4a5d6e7f8091a2b3c4d5e6f708",
            ["--run"] = "9a8b7c6d5e4f30211f2e3d4c5b6a7980",
            ["--asset"] = "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        };

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error = Usage;
                return null;
            }

            if (name != "--base-url" && !values.ContainsKey(name))
            {
                error = $"unknown argument '{name}'; {Usage}";
                return null;
            }

            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                error = $"{name} needs a value; {Usage}";
                return null;
            }

            var value = args[++i];
            if (name == "--base-url")
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
                {
                    error = $"--base-url must be an absolute http or https URL, not '{value}'";
                    return null;
                }
            }
            else
            {
                values[name] = value;
            }
        }

        return new SampleOptions(baseUrl, values["--org"], values["--task"], values["--run"], values["--asset"]);
    }
}
