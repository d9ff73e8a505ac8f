// EF Core is how nearly every file of Data reads and writes.
global using Microsoft.EntityFrameworkCore;
