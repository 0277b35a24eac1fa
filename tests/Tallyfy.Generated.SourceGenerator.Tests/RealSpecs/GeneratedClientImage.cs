using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>A generated client compiled in memory and, when it compiles, loaded to be called.</summary>
internal static class GeneratedClientImage
{
    /// <summary>
    /// Emits <paramref name="compilation"/> and loads the image into a context of its own, never unloaded: an assembly
    /// unloading while another test walks the process's types (Snapshooter does) can throw there. The assembly is null
    /// when the emit fails (its diagnostics say why).
    /// </summary>
    public static (Microsoft.CodeAnalysis.Emit.EmitResult Emitted, Assembly? Assembly) EmitAndLoad(Compilation compilation, string contextName)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            return (emitted, null);
        }

        image.Position = 0;
        return (emitted, new AssemblyLoadContext(contextName, isCollectible: false).LoadFromStream(image));
    }
}
