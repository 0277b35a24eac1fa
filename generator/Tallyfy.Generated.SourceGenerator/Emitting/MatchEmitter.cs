using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>The exhaustive <c>Match</c> and <c>Switch</c> of a closed union: one delegate per case, all required.</summary>
internal static class MatchEmitter
{
    /// <param name="writer">Where the methods go.</param>
    /// <param name="typeName">The union, named in the exception for a case it does not know.</param>
    /// <param name="cases">The cases with the names of their delegate parameters.</param>
    /// <param name="subject">What the union's value is called in the docs; a <c>result</c>'s are said once, on ApiResponse.</param>
    /// <param name="sealedCases">
    /// When the cases are the union's only possible types (sealed, and no other class can derive from the union), the
    /// last case is the switch's default arm: no arm for an unknown case is needed.
    /// </param>
    public static void Emit(SourceWriter writer, string typeName, IReadOnlyList<(string Name, string Argument)> cases, string subject, bool sealedCases = false)
    {
        var documented = subject != "result";
        if (documented)
        {
            writer.Doc("Maps each case to a value; every case must be handled.");
        }

        EmitMethod(writer, typeName, cases, "public TResult " + GeneratedNames.Match + "<TResult>(", ("global::System.Func<", ", TResult>"), "(value)", breaks: false, sealedCases);
        writer.Line();
        if (documented)
        {
            writer.Doc("Runs the action for the case this " + subject + " is; every case must be handled.");
        }

        EmitMethod(writer, typeName, cases, "public void " + GeneratedNames.Switch + "(", ("global::System.Action<", ">"), "(value);", breaks: true, sealedCases);
        writer.Line();
    }

    private static void EmitMethod(
        SourceWriter writer,
        string typeName,
        IReadOnlyList<(string Name, string Argument)> cases,
        string signature,
        (string Open, string Close) delegateType,
        string call,
        bool breaks,
        bool sealedCases)
    {
        writer.Line(signature);
        writer.Indent++;
        for (var i = 0; i < cases.Count; i++)
        {
            writer.Line($"{delegateType.Open}{cases[i].Name}{delegateType.Close} {cases[i].Argument}{(i < cases.Count - 1 ? "," : breaks ? ")" : ") => this switch")}");
        }

        writer.Indent--;
        // Made only where written: a union's cases are sealed, so it has no arm for an unknown case.
        var unknown = sealedCases ? null : "throw new global::System.InvalidOperationException(\"Unknown case of " + typeName + ".\")";
        var (last, lastArgument) = cases[cases.Count - 1];
        var listed = sealedCases ? cases.Take(cases.Count - 1) : cases;
        if (!breaks)
        {
            // Match is one switch expression: a line per case.
            writer.Line("{");
            writer.Indent++;
            foreach (var (name, argument) in listed)
            {
                writer.Line($"{name} value => {argument}(value),");
            }

            _ = sealedCases ? writer.Line($"_ => {lastArgument}(({last})this),") : writer.Line($"_ => {unknown},");
            writer.Indent--;
            writer.Line("};");
            return;
        }

        using (writer.Open(string.Empty))
        {
            using (writer.Open("switch (this)"))
            {
                foreach (var (name, argument) in listed)
                {
                    writer.Line($"case {name} value: {argument}{call} break;");
                }

                _ = sealedCases ? writer.Line($"default: {lastArgument}(({last})this); break;") : writer.Line($"default: {unknown};");
            }
        }
    }
}
