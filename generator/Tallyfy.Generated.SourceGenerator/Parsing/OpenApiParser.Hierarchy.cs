using System;
using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Discriminated <c>allOf</c> hierarchies: a component schema with a <c>discriminator</c> is a base class, and each
/// component schema that <c>allOf</c>s a member by <c>$ref</c> derives from it. Found before any schema is resolved, so
/// the classes do not depend on the order of use; completed once every component is resolved.
/// </summary>
internal sealed partial class OpenApiParser
{
    /// <summary>The hierarchy member each component schema is, when it is one.</summary>
    private readonly Dictionary<SpecObject, HierarchyNode> _hierarchy = new();

    /// <summary>The roots, in spec order.</summary>
    private readonly List<HierarchyNode> _hierarchyRoots = new();

    private sealed class HierarchyNode
    {
        public HierarchyNode(string pointer, SpecObject schema, HierarchyNode? parent)
        {
            Pointer = pointer;
            Schema = schema;
            Parent = parent;
        }

        public string Pointer { get; }

        public SpecObject Schema { get; }

        public HierarchyNode? Parent { get; }

        public List<HierarchyNode> Children { get; } = new();

        /// <summary>The discriminator values that name this type.</summary>
        public List<string> Values { get; } = new();

        public HierarchyNode Root => Parent?.Root ?? this;

        // Set on the root only.
        public string DiscriminatorJsonName { get; set; } = string.Empty;

        public bool Closed { get; set; }

        /// <summary>The member a value whose discriminator is absent or maps to no member is read as (3.2 <c>defaultMapping</c>); null when the spec names none.</summary>
        public HierarchyNode? DefaultNode { get; set; }

        // Set when the schema is resolved.
        public int Index { get; set; } = -1;

        public string Name { get; set; } = string.Empty;

        public List<PropertyModel> OwnProperties { get; set; } = new();

        public ExtraMembersModel? Extra { get; set; }

        /// <summary>The names its own schema lists as <c>required</c> (the base's are the base's).</summary>
        public HashSet<string> RequiredNames { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The sets of members of which a value must carry one in full (<see cref="ObjectTypeModel.RequiredAlternatives"/>).</summary>
        public EquatableArray<EquatableArray<string>> RequiredAlternatives { get; set; } = EquatableArray<EquatableArray<string>>.Empty;

        public ObjectTypeModel? Model { get; set; }

        /// <summary>Every node below this one, deepest first (a derived class before its base, as a type switch needs).</summary>
        public IEnumerable<HierarchyNode> Descendants() => Children.SelectMany(c => c.Descendants().Append(c));
    }

    /// <summary>
    /// For each schema a discriminated <c>oneOf</c>/<c>anyOf</c> names by <c>$ref</c>, the discriminator property that union
    /// lists in its own <c>required</c> (how ASP.NET Core writes a <c>[JsonPolymorphic]</c> type): when the variant declares
    /// it as a single-value enum or a <c>const</c>, it is required of the variant too, so it is preset to that value and
    /// always sent (no variant gains a member its callers must set).
    /// </summary>
    private readonly Dictionary<SpecObject, string> _discriminatorsRequiredOf = new();

    private void ScanUnionDiscriminators(SpecObject schemas)
    {
        foreach (var component in schemas.Properties)
        {
            if (component.Value is not SpecObject union || GetObject(union, "discriminator") is not { } discriminator
                || GetString(discriminator, "propertyName") is not { } propertyName
                || GetArray(union, "required") is not { } required
                || !required.Items.Any(r => r is SpecScalar { Kind: ScalarKind.String } name && name.Text == propertyName)
                || (GetArray(union, "oneOf") ?? GetArray(union, "anyOf")) is not { } variants)
            {
                continue;
            }

            foreach (var variant in variants.Items)
            {
                if (variant is SpecObject { } reference && reference["$ref"] is not null && Deref(variant, out _) is SpecObject target
                    && GetObject(target, "properties")?[propertyName] is { } property && Deref(property, out _) is SpecObject fixedValue
                    && (GetArray(fixedValue, "enum") is { Items.Count: 1 } || fixedValue["const"] is not null)
                    && !_discriminatorsRequiredOf.ContainsKey(target))
                {
                    _discriminatorsRequiredOf[target] = propertyName;
                }
            }
        }
    }

    /// <summary>Finds every discriminated hierarchy among the component schemas, and reports the discriminators that cannot be honoured.</summary>
    private void ScanHierarchies(SpecObject schemas)
    {
        // Each component's allOf parents (by $ref to another component), in order; only the components that have one
        // (a component without a parent derives from nothing).
        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byPointer = new Dictionary<string, SpecObject>(StringComparer.Ordinal);
        foreach (var component in schemas.Properties)
        {
            if (component.Value is not SpecObject schema || GetArray(schema, "allOf") is not { } allOf)
            {
                continue;
            }

            var pointer = ComponentSchemaPrefix + component.Name;
            List<string>? list = null;
            foreach (var part in allOf.Items)
            {
                if (part is SpecObject p && p["$ref"] is SpecScalar { Kind: ScalarKind.String } target
                    && target.Text != pointer && _componentNames.ContainsKey(target.Text))
                {
                    (list ??= new List<string>()).Add(target.Text);
                }
            }

            if (list is not null)
            {
                byPointer[pointer] = schema;
                parents[pointer] = list;
            }
        }

        foreach (var component in schemas.Properties)
        {
            if (component.Value is not SpecObject schema || GetObject(schema, "discriminator") is not { } discriminator
                || _hierarchy.ContainsKey(schema) || schema["oneOf"] is not null || schema["anyOf"] is not null)
            {
                continue;
            }

            if (PrimaryType(schema) is { } kind && kind != "object")
            {
                Report(Diagnostics.DiagnosticDescriptors.DiscriminatorNotObject, Locate(discriminator));
                continue;
            }

            var propertyName = GetString(discriminator, "propertyName");
            if (propertyName is null)
            {
                continue;
            }

            if (!IsStringProperty(schema, propertyName, 0))
            {
                Report(Diagnostics.DiagnosticDescriptors.DiscriminatorNotStringProperty, Locate(discriminator["propertyName"]!), propertyName);
                continue;
            }

            var pointer = ComponentSchemaPrefix + component.Name;
            var root = new HierarchyNode(pointer, schema, null) { DiscriminatorJsonName = propertyName };
            var members = new Dictionary<string, HierarchyNode>(StringComparer.Ordinal) { [pointer] = root };
            var queue = new Queue<HierarchyNode>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var candidate in parents)
                {
                    // A schema that allOfs several members derives from the first; the others are flattened into it.
                    if (members.ContainsKey(candidate.Key) || FirstMember(candidate.Value, members) != node.Pointer
                        || _hierarchy.ContainsKey(byPointer[candidate.Key]))
                    {
                        continue;
                    }

                    var child = new HierarchyNode(candidate.Key, byPointer[candidate.Key], node);
                    node.Children.Add(child);
                    members[candidate.Key] = child;
                    queue.Enqueue(child);
                }
            }

            if (root.Children.Count == 0)
            {
                // Nothing derives from it: an ordinary object whose discriminator is one more property.
                continue;
            }

            var explicitMapping = false;
            var rootMapped = false;
            var named = new HashSet<HierarchyNode>();
            if (GetObject(discriminator, "mapping") is { } mapping)
            {
                foreach (var entry in mapping.Properties)
                {
                    if (entry.Value is not SpecScalar { Kind: ScalarKind.String } target)
                    {
                        continue;
                    }

                    explicitMapping = true;
                    if (!members.TryGetValue(MappingPointer(target.Text), out var mapped))
                    {
                        Report(Diagnostics.DiagnosticDescriptors.DiscriminatorMappingNotSubtype, Locate(entry.Value), entry.Name, target.Text);
                        continue;
                    }

                    rootMapped |= mapped == root;
                    named.Add(mapped);
                    mapped.Values.Add(entry.Name);
                }
            }

            // OpenAPI 3.2: the member a value without a mapped discriminator is read as, named as a mapping's target is.
            if (discriminator["defaultMapping"] is { } defaultMapping)
            {
                if (defaultMapping is SpecScalar { Kind: ScalarKind.String } defaultTarget
                    && members.TryGetValue(MappingPointer(defaultTarget.Text), out var defaultNode))
                {
                    root.DefaultNode = defaultNode;
                    rootMapped |= defaultNode == root;
                }
                else
                {
                    Report(Diagnostics.DiagnosticDescriptors.DiscriminatorDefaultNotChosen, Locate(defaultMapping), (defaultMapping as SpecScalar)?.Text ?? "?", "a body whose value is absent or maps to none is read as the base type");
                }
            }

            foreach (var node in members.Values)
            {
                if (node.Values.Count == 0)
                {
                    // The implicit value: the schema's name (or AutoRest's x-ms-discriminator-value).
                    node.Values.Add(GetString(node.Schema, "x-ms-discriminator-value") ?? node.Pointer.Substring(ComponentSchemaPrefix.Length));
                }
            }

            // Closed when every subtype is named by the mapping (or there is none and each is named by its schema), and
            // the base itself is not a value a body may have: then an abstract base, and Unknown for any other value.
            root.Closed = !rootMapped && (!explicitMapping || members.Values.All(n => n == root || named.Contains(n)));
            foreach (var node in members.Values)
            {
                _hierarchy[node.Schema] = node;
            }

            _hierarchyRoots.Add(root);
        }
    }

    /// <summary>The first of <paramref name="pointers"/> that is already a member of the hierarchy, or null.</summary>
    private static string? FirstMember(List<string> pointers, Dictionary<string, HierarchyNode> members)
    {
        foreach (var pointer in pointers)
        {
            if (members.ContainsKey(pointer))
            {
                return pointer;
            }
        }

        return null;
    }

    /// <summary>Whether the schema (or one of its allOf parts) declares the property as a string (or a string enum).</summary>
    private bool IsStringProperty(SpecObject schema, string propertyName, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        if (GetObject(schema, "properties") is { } properties && properties.FirstProperty(p => p.Name == propertyName) is { } property)
        {
            var target = property.Value;
            for (var hops = 0; hops < 32 && target is SpecObject { } withRef && withRef["$ref"] is SpecScalar { Kind: ScalarKind.String } pointer; hops++)
            {
                target = ResolvePointerQuietly(pointer.Text);
            }

            return target is SpecObject definition && PrimaryType(definition) == "string";
        }

        return (GetArray(schema, "allOf")?.Items ?? default(NodeList<SpecNode>))
            .Select(part => part is SpecObject p && p["$ref"] is SpecScalar { Kind: ScalarKind.String } pointer ? ResolvePointerQuietly(pointer.Text) : part)
            .OfType<SpecObject>()
            .Any(part => IsStringProperty(part, propertyName, depth + 1));
    }

    /// <summary>A component schema by pointer, without reporting: resolution reports a broken one where it is used.</summary>
    private SpecNode? ResolvePointerQuietly(string pointer) =>
        pointer.StartsWith(ComponentSchemaPrefix, StringComparison.Ordinal)
        && GetObject(_root, "components") is { } components && GetObject(components, "schemas") is { } schemas
            ? schemas.FirstProperty(p => p.Name == pointer.Substring(ComponentSchemaPrefix.Length))?.Value
            : null;

    /// <summary>A hierarchy member's class: its own properties now, the inherited ones once every component is resolved.</summary>
    private TypeRef DefineHierarchyObject(SpecObject schema, HierarchyNode node, string name)
    {
        var reference = new TypeRef(TypeKind.Object, name);
        _resolved[schema] = reference;
        node.Name = name;
        node.Index = _types.Count;
        _types.Add(null!);
        var properties = new List<PropertyModel>();
        var memberNames = MemberScope(GeneratedNames.HierarchyModelMembers, name);
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectProperties(schema, name, properties, memberNames, required, depth: 0, skip: node.Parent?.Schema);
        CollectAlternativeProperties(schema, name, properties, memberNames, required, depth: 0, skip: node.Parent?.Schema);
        var declared = properties.Count;
        if (node.Parent is null)
        {
            // A required name no property declares is demanded of requests, as in any object (a derived class's are
            // added once its inherited members are known, in Complete).
            required.Remove(node.Root.DiscriminatorJsonName);
            AddUndeclaredRequired(properties, required, memberNames);
        }

        node.RequiredNames = required;
        node.OwnProperties = properties
            .Select((p, i) => RequiredAsListed(p, required.Contains(p.JsonName) && p.JsonName != node.Root.DiscriminatorJsonName, declared: i < declared))
            .ToList();
        if (node.Parent is null)
        {
            node.Extra = ExtraMembers(schema, name, memberNames);
        }

        // A choice of required-only alternatives of its own or of a part, the base's among them (through its $ref).
        node.RequiredAlternatives = RequiredAlternatives(schema, required);

        // Provisional, for unions that look at its properties before the hierarchy is complete.
        _types[node.Index] = new ObjectTypeModel(name, Description(schema), node.OwnProperties.ToEquatableArray(), node.Extra);
        return reference;
    }

    /// <summary>
    /// A hierarchy member's property as its schema's <c>required</c> list makes it, as in any object: a listed read-write
    /// one is required, a listed write-only one (or a name no property declares) is demanded of requests, a listed
    /// read-only one said to be in every response.
    /// </summary>
    private static PropertyModel RequiredAsListed(PropertyModel property, bool listed, bool declared)
    {
        property = property with { Required = listed && declared && property.Access == PropertyAccess.ReadWrite };
        return !listed ? property
            : property.Access == PropertyAccess.WriteOnly || !declared ? property with { RequiredWhenSent = true }
            : property.Access == PropertyAccess.ReadOnly ? property with { RequiredWhenReceived = true }
            : property;
    }

    /// <summary>Builds every hierarchy member's model, base before derived, once all of them are resolved.</summary>
    private void CompleteHierarchies()
    {
        foreach (var root in _hierarchyRoots)
        {
            if (root.Index < 0)
            {
                continue;
            }

            Complete(root, root.OwnProperties, root.Extra!);
        }
    }

    private void Complete(HierarchyNode node, List<PropertyModel> inherited, ExtraMembersModel extra)
    {
        var root = node.Root;
        List<PropertyModel> properties;
        var inheritedCount = 0;
        if (node.Parent is null)
        {
            properties = node.OwnProperties;
        }
        else
        {
            // Inherited names are taken; the type's own properties are named clear of them (a derived member hides none).
            var memberNames = MemberScope(GeneratedNames.HierarchyModelMembers, node.Name);
            foreach (var property in inherited)
            {
                memberNames.Reserve(property.Name);
            }

            memberNames.Reserve(extra.Name);
            properties = new List<PropertyModel>(inherited);
            inheritedCount = inherited.Count;
            foreach (var own in node.OwnProperties.Where(p => inherited.All(i => i.JsonName != p.JsonName)))
            {
                var preferred = Naming.TypeOrMemberName(own.JsonName, "Property");
                properties.Add(own with { Name = memberNames.Allocate(memberNames.IsTaken(preferred) ? preferred + "Value" : preferred) });
            }

            // A required name neither the class nor a base declares is demanded of requests, as in any object.
            var undeclared = new HashSet<string>(node.RequiredNames, StringComparer.Ordinal);
            undeclared.Remove(root.DiscriminatorJsonName);
            var declared = properties.Count;
            AddUndeclaredRequired(properties, undeclared, memberNames);
            for (var i = declared; i < properties.Count; i++)
            {
                properties[i] = RequiredAsListed(properties[i], listed: true, declared: false);
            }
        }

        // Checked before the hierarchy was formed (a string property of the root), so it is among the inherited ones.
        var discriminator = properties.FirstOrDefault(p => p.JsonName == root.DiscriminatorJsonName)
            ?? new PropertyModel(root.DiscriminatorJsonName, root.DiscriminatorJsonName, TypeRef.String, Required: false, Nullable: false, Description: null);
        var arguments = new NameScope(new[] { GeneratedNames.UnknownArgument });
        var descendants = node.Descendants()
            .Where(d => d.Index >= 0)
            .Select(d => new DerivedTypeModel(d.Name, d.Values.ToEquatableArray(), d.Parent!.Name, d.Children.Any(c => c.Index >= 0), arguments.Allocate(Naming.ParameterName(d.Name, "value"))))
            .ToEquatableArray();
        var hierarchy = new HierarchyModel(
            node.Parent?.Name,
            inheritedCount,
            root.DiscriminatorJsonName,
            discriminator.Name,
            discriminator.Type,
            node.Parent is null && root.Closed ? null : node.Values[0],
            descendants,
            node.Parent is null && root.Closed,
            node.Children.Any(c => c.Index >= 0))
        {
            // Read by this class's reader when the value names no class below it: the default member, where it is one of them.
            DefaultMapping = root.DefaultNode is { Index: >= 0 } defaultNode && node.Descendants().Contains(defaultNode) ? defaultNode.Name : null,
        };
        var model = new ObjectTypeModel(
            node.Name,
            Description(node.Schema),
            properties.ToEquatableArray(),
            node.Parent is null ? extra : extra with { Inherited = true },
            hierarchy)
        {
            Deprecation = Deprecation(node.Schema),
            RequiredAlternatives = node.RequiredAlternatives,
        };
        _types[node.Index] = model;
        foreach (var child in node.Children.Where(c => c.Index >= 0))
        {
            Complete(child, properties, extra);
        }
    }
}
