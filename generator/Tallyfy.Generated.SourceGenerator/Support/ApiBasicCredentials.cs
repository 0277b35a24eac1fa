// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>A user name and password for HTTP basic authentication; never shown by ToString.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public sealed class ApiBasicCredentials
{
    /// <summary>Creates the credentials.</summary>
    public ApiBasicCredentials(string userName, string password)
    {
        UserName = userName ?? throw new global::System.ArgumentNullException(nameof(userName));
        Password = password ?? throw new global::System.ArgumentNullException(nameof(password));
    }

    /// <summary>The user name.</summary>
    public string UserName { get; }

    /// <summary>The password.</summary>
    public string Password { get; }

    /// <inheritdoc/>
    public override string ToString() => "ApiBasicCredentials { UserName = " + UserName + ", Password = (set) }";

    internal string Encode() => global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(UserName + ":" + Password));
}
