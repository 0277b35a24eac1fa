using System;
using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

internal sealed partial class OpenApiParser
{
    /// <summary>Every operation of the main document, parsed or left out for an error (its extent is worked out only when needed).</summary>
    private readonly List<(string Path, string Method, EquatableArray<string> Tags, SpecObject Operation)> _operationNodes = new();

    /// <summary>Notes an operation of the main document, for <see cref="ForgetWhatIsNotGenerated"/>.</summary>
    private void NoteOperation(string path, string method, SpecObject operation)
    {
        if (!_nodeDocuments.ContainsKey(operation))
        {
            _operationNodes.Add((path, method, _readTags ? OperationTags(operation) : EquatableArray<string>.Empty, operation));
        }
    }

    /// <summary>
    /// Drops the diagnostics reported inside what is not generated: an operation the item's filter does not select, and a
    /// component schema whose type no generated operation uses. What the user left out (or no operation needs) cannot fail
    /// the build or clutter it; a problem in a part that a generated part shares is still reported, and so is one inside a
    /// schema that gave no type at all (an operation using it says it is left out because of it).
    /// </summary>
    /// <param name="types">Every type the spec declares.</param>
    /// <param name="used">The types generated when no filter is given (<see cref="UsedTypes"/>).</param>
    private void ForgetWhatIsNotGenerated(SpecFile file, EquatableArray<OperationModel> operations, EquatableArray<TypeModel> types, EquatableArray<TypeModel> used)
    {
        if (!_diagnostics.Any(d => d.Location.Length > 0))
        {
            return;
        }

        var extents = new List<SpecLocation>();
        var generatedTypes = used;
        if (!file.Filter.IsEmpty)
        {
            var selects = OperationSelection.Selector(file.Filter);
            extents.AddRange(_operationNodes.Where(o => !selects(o.Path, o.Method, o.Tags)).Select(o => Extent(o.Operation)));
            if (!file.Filter.KeepUnusedSchemas)
            {
                generatedTypes = OperationSelection.Reachable(types, operations.Where(o => selects(o.PathTemplate, o.Method, o.Tags)).ToList());
            }
        }

        if (generatedTypes.Count < types.Count && GetObject(_root, "components") is { } components && GetObject(components, "schemas") is { } schemas)
        {
            var declared = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
            var generated = new HashSet<string>(generatedTypes.Select(type => type.Name), StringComparer.Ordinal);
            foreach (var schema in schemas.Properties)
            {
                if (_componentNames.TryGetValue(ComponentSchemaPrefix + schema.Name, out var typeName) && declared.Contains(typeName)
                    && !generated.Contains(typeName) && !_nodeDocuments.ContainsKey(schema.Value))
                {
                    extents.Add(Extent(schema.Value));
                }
            }
        }

        if (extents.Count > 0)
        {
            _diagnostics.RemoveAll(d => d.Id != DiagnosticDescriptors.UnusedSchemasLeftOut.Id && extents.Any(e => Inside(d.Location, e)));
        }

        static bool Inside(SpecLocation location, SpecLocation extent) =>
            string.Equals(location.Path, extent.Path, StringComparison.Ordinal) && location.Length > 0
            && location.Start >= extent.Start && location.Start + location.Length <= extent.Start + extent.Length;
    }

    /// <summary>A node of the main document with everything in it: a reader records where a node starts, not where it ends.</summary>
    private SpecLocation Extent(SpecNode node) => _map.Locate(node.Offset, End(node) - node.Offset);

    private static int End(SpecNode node)
    {
        var end = node.Offset + node.Length;
        if (node is SpecObject obj)
        {
            foreach (var property in obj.Properties)
            {
                end = Math.Max(end, Math.Max(property.NameOffset + property.NameLength, End(property.Value)));
            }
        }
        else if (node is SpecArray array)
        {
            foreach (var item in array.Items)
            {
                end = Math.Max(end, End(item));
            }
        }

        return end;
    }
}
