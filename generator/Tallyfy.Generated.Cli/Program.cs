using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tallyfy.Generated.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, ProcessMemory.PrepareFor);
