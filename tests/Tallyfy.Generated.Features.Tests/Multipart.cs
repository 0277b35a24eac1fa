using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>One part of a multipart/form-data body as it was sent.</summary>
public sealed record MultipartPart(string? Name, string? FileName, string? ContentType, string ContentDisposition, byte[] Content);

/// <summary>Reads a multipart/form-data body with ASP.NET Core's own reader, the way a server would.</summary>
public static class Multipart
{
    public static async Task<IReadOnlyList<MultipartPart>> ReadAsync(WireRequest request)
    {
        var contentType = request.Header("Content-Type");
        Assert.NotNull(contentType);
        var mediaType = MediaTypeHeaderValue.Parse(contentType);
        Assert.Equal("multipart/form-data", mediaType.MediaType.Value);
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        Assert.False(string.IsNullOrEmpty(boundary), "no boundary in " + contentType);

        var reader = new MultipartReader(boundary!, new MemoryStream(request.Body));
        var parts = new List<MultipartPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition), section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts.Add(new MultipartPart(
                HeaderUtilities.RemoveQuotes(disposition!.Name).Value,
                HeaderUtilities.RemoveQuotes(disposition.FileName).Value,
                section.ContentType,
                section.ContentDisposition!,
                content.ToArray()));
        }

        return parts;
    }
}
