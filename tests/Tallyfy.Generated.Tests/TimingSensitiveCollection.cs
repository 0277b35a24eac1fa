using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Tests that depend on timing (retry delays, per-attempt time-outs) or that load the machine (a thousand concurrent
/// calls) run alone, after the parallel ones, so they neither flake nor make others flake.
/// </summary>
[CollectionDefinition(nameof(TimingSensitiveCollection), DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
}
