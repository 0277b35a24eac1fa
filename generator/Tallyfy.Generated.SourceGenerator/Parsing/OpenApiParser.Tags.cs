using System.Collections.Generic;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

internal sealed partial class OpenApiParser
{
    /// <summary>Whether operations keep their tags: only a filter by tag needs them.</summary>
    private bool _readTags;

    /// <summary>The operation's string tags, in spec order.</summary>
    private static EquatableArray<string> OperationTags(SpecObject operation)
    {
        if (operation["tags"] is not SpecArray tags)
        {
            return EquatableArray<string>.Empty;
        }

        var names = new List<string>();
        foreach (var item in tags.Items)
        {
            if (item is SpecScalar { Kind: ScalarKind.String } name)
            {
                names.Add(name.Text);
            }
        }

        return names.ToEquatableArray();
    }
}
