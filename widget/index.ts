// Placeholder until the widget issue: announces itself so embedding can be checked.
console.info("Goalpost widget");
