using CelebGen.AvatarTrainer;

if (NativeShim.RelaunchIfNeeded(args) is int code) return code;
return Commands.Run(args);
