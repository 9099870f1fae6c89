namespace CelebGen.AvatarData;

/// <summary>What a pixel of an avatar shows; the label map records the part drawn last at each pixel.</summary>
public enum AvatarPart : byte { Background, Hair, Skin, Shirt, Eye, Glasses, Hat, Mouth }
