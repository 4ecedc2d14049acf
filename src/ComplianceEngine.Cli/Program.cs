Console.WriteLine("compliance");
