using Tallyfy.Generated.AspNetCore.Server;

// Run on its own (dotnet run) it serves /openapi/v1.json and every endpoint; the tests host the same app in process.
var app = ServerApp.Create(args);
app.Run();
