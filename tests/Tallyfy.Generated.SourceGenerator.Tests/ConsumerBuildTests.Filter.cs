using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

public sealed partial class ConsumerBuildTests
{
    [Fact]
    public void The_filter_metadata_reaches_the_generator_whole_through_msbuild()
    {
        // '#' and ';' end a value in the analyzer config the compiler reads: the package's targets pass them encoded.
        // A ' in a value (the tag "store's") would end the argument of the MSBuild function that encodes it.
        var consumer = NewConsumer(
            """
            <Nullable>enable</Nullable>
            <RootNamespace>Acme</RootNamespace>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            """,
            """<OpenApiClient Include="shop.yaml" Namespace="Shop" ClientName="ShopClient" IncludePaths="/pets#GET;/owners" ExcludePaths="/owners#POST,GET" IncludeTags="store's" KeepUnusedSchemas="true" />""");
        File.WriteAllText(Path.Combine(consumer, "shop.yaml"), OperationFilterTests.Spec.Replace("tags: [store]", "tags: [\"store's\"]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(consumer, "Use.cs"), """
            namespace Acme;

            internal static class Use
            {
                public static System.Threading.Tasks.Task<Shop.ListPetsResult> Pets(Shop.IShopClient client) => client.ListPetsAsync();

                public static System.Threading.Tasks.Task<Shop.GetInventoryResult> Inventory(Shop.IShopClient client) => client.GetInventoryAsync("s1");

                public static string? Toy(Shop.Cat cat) => cat.Toy?.Label;

                // No operation uses WebhookPayload: KeepUnusedSchemas="true" keeps it.
                public static string? Event(Shop.WebhookPayload payload) => payload.Event;
            }
            """);

        var (_, output) = Run("dotnet", "build -nologo", consumer);

        Assert.DoesNotContain("TGEN05", output, StringComparison.Ordinal);
        var generated = Directory.EnumerateFiles(Path.Combine(consumer, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("ShopClient.ListPetsResult.g.cs", generated);
        Assert.Contains("ShopClient.GetInventoryResult.g.cs", generated);
        // An IncludePaths cut at its '#' ("/pets") would keep createPet, and the /owners entry after the ';' would be lost.
        Assert.DoesNotContain("ShopClient.CreatePetResult.g.cs", generated);
        Assert.DoesNotContain("ShopClient.ListOwnersResult.g.cs", generated);
        Assert.DoesNotContain("ShopClient.DeletePetResult.g.cs", generated);
    }
}
