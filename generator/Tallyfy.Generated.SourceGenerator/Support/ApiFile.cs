// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>A file to upload: its content, the file name sent with it and its media type.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public sealed class ApiFile
{
    /// <summary>Creates a file part; the stream is read when the request is sent, and disposed with it.</summary>
    public ApiFile(global::System.IO.Stream content, string fileName = "file", string? contentType = null)
    {
        Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
        FileName = string.IsNullOrEmpty(fileName) ? throw new global::System.ArgumentException("A file name is needed.", nameof(fileName)) : fileName;
        ContentType = contentType;
    }

    /// <summary>The file's content.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name sent in the part's Content-Disposition.</summary>
    public string FileName { get; }

    /// <summary>The media type of the part; <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; }
}
