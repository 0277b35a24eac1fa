using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// Compares model records by identity. A record's own equality walks everything it holds (an operation: its parameters,
/// its cases and their types), which the incremental pipeline needs, but a lookup keyed by the very instances of one
/// model does not: emitters key their per-operation and per-property tables with this. Strings a
/// <see cref="Emitting.NameCache"/> made are compared so too: the same string from the cache is the same text.
/// </summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    private ReferenceComparer()
    {
    }

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
