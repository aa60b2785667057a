Console.Error.WriteLine("The local host is not built yet.");
return 1;
