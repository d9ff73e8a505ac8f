// The declaration (申报表) is what nearly every part of Core reads, and its rules are FluentValidation validators.
global using FluentValidation;
global using PerfTargets.Core.Declarations;
