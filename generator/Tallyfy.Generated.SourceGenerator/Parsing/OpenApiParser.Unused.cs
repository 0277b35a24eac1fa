using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

internal sealed partial class OpenApiParser
{
    /// <summary>How many of the schemas left out a TGEN053 names before counting the rest.</summary>
    private const int UnusedNamesShown = 2;

    /// <summary>
    /// What a property is by the way its class travels, each way walked once (<see cref="Directions"/>: the walks that
    /// also tell the types used). A required writeOnly property is required in requests only, a required readOnly
    /// one in responses only: in a class no response reaches (the client only sends it) a required writeOnly property is
    /// required, in a class responses reach and no request does (the client only reads it) a required readOnly one is,
    /// and a class that travels both ways keeps them optional. In a class a request reaches (and, with it, every class of
    /// its hierarchy), an optional property whose schema allows null remembers whether it was set
    /// (<see cref="PropertyModel.SendsNull"/>): a caller can then send a null, which a JSON merge patch reads as "remove
    /// the member", apart from leaving the member out; classes only responses reach keep plain properties.
    /// </summary>
    private static EquatableArray<TypeModel> SettleByDirection(EquatableArray<TypeModel> types, Directions directions)
    {
        if (!types.Any(type => type is ObjectTypeModel model && model.Properties.Any(p => p.RequiredWhenSent || p.RequiredWhenReceived || MaySendNull(p))))
        {
            return types;
        }

        return types.Select(type =>
        {
            if (type is not ObjectTypeModel model)
            {
                return type;
            }

            PropertyModel[]? settled = null;
            for (var index = 0; index < model.Properties.Count; index++)
            {
                var property = model.Properties[index];
                var settledProperty = Settle(property, model.Name);
                if (!ReferenceEquals(settledProperty, property))
                {
                    settled ??= model.Properties.ToArray();
                    settled[index] = settledProperty;
                }
            }

            return settled is null ? type : model with { Properties = settled.ToEquatableArray() };
        }).ToEquatableArray();

        PropertyModel Settle(PropertyModel property, string typeName)
        {
            if ((property.RequiredWhenSent && !directions.Received.Contains(typeName))
                || (property.RequiredWhenReceived && directions.Received.Contains(typeName) && !directions.Sent.Contains(typeName)))
            {
                property = Finish(property, required: true);
            }

            return MaySendNull(property) && directions.Sent.Contains(typeName) ? property with { SendsNull = true } : property;
        }

        static bool MaySendNull(PropertyModel property) => !property.Required && property.Nullable && property.Access != PropertyAccess.ReadOnly;
    }

    /// <summary>
    /// The schema types the operations use (<see cref="OperationSelection.Reachable"/>): a client needs no other, and a large
    /// spec's payloads of webhooks or events can be most of its schemas. The others are left out with one TGEN053 at the
    /// first of them in the spec. Every type is kept when the item asks for it, when the spec has no operation (a library
    /// of models), and when a filter is given (<see cref="OperationSelection.Apply"/> then selects the types).
    /// Names were given over the whole spec before this, so leaving a type out renames nothing.
    /// </summary>
    private EquatableArray<TypeModel> UsedTypes(SpecFile file, EquatableArray<TypeModel> types, EquatableArray<OperationModel> operations, Directions directions)
    {
        if (file.Filter.KeepUnusedSchemas || !file.Filter.IsEmpty || operations.Count == 0)
        {
            return types;
        }

        // What the operations reach is what requests reach and what responses do, each walked once for both uses.
        var used = types.Where(type => directions.Sent.Contains(type.Name) || directions.Received.Contains(type.Name)).ToEquatableArray();
        if (used.Count == types.Count)
        {
            return types;
        }

        var unusedNames = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
        unusedNames.ExceptWith(used.Select(type => type.Name));
        var unused = types.Count - used.Count;

        // The component schemas left out, as the spec names them, in its order; the location is the first one's key.
        var shown = new List<string>();
        var location = Locate(_root);
        if (GetObject(_root, "components") is { } components && GetObject(components, "schemas") is { } schemas)
        {
            foreach (var schema in schemas.Properties)
            {
                if (_componentNames.TryGetValue(ComponentSchemaPrefix + schema.Name, out var typeName) && unusedNames.Contains(typeName))
                {
                    if (shown.Count == 0)
                    {
                        location = LocateName(schema);
                    }

                    shown.Add(schema.Name);
                    if (shown.Count == UnusedNamesShown)
                    {
                        break;
                    }
                }
            }
        }

        if (shown.Count == 0)
        {
            shown.AddRange(types.Select(type => type.Name).Where(unusedNames.Contains).Take(UnusedNamesShown));
        }

        var rest = unused - shown.Count;
        var names = rest > 0
            ? string.Join(", ", shown) + " and " + rest.ToString(CultureInfo.InvariantCulture) + " more"
            : string.Join(" and ", shown);
        Report(DiagnosticDescriptors.UnusedSchemasLeftOut, location, unused.ToString(CultureInfo.InvariantCulture), types.Count.ToString(CultureInfo.InvariantCulture), names);
        return used;
    }

    /// <summary>
    /// The types requests reach and the types responses reach (<see cref="OperationSelection.TypeGraph"/>), each walked
    /// the first time it is asked for, over one index of the types.
    /// </summary>
    private sealed class Directions
    {
        private readonly EquatableArray<TypeModel> _types;
        private readonly EquatableArray<OperationModel> _operations;
        private OperationSelection.TypeGraph? _graph;
        private HashSet<string>? _sent;
        private HashSet<string>? _received;

        public Directions(EquatableArray<TypeModel> types, EquatableArray<OperationModel> operations)
        {
            _types = types;
            _operations = operations;
        }

        /// <summary>The names of the types a request reaches: what the client sends.</summary>
        public HashSet<string> Sent => _sent ??= Graph.Reached(_operations, requests: true, responses: false);

        /// <summary>The names of the types a response reaches: what the client reads.</summary>
        public HashSet<string> Received => _received ??= Graph.Reached(_operations, requests: false, responses: true);

        private OperationSelection.TypeGraph Graph => _graph ??= new OperationSelection.TypeGraph(_types);
    }
}
