package fr.ptce.workbench.spreadsheet.image;

import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes an image (a chart of the dashboard) as a PNG file, through a temporary file moved into place. */
public final class PngImageFile {

    private PngImageFile() {}

    /** Writes the pixels, row by row, each as 0xAARRGGBB. */
    public static void write(int width, int height, int[] argb, Path target) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(
                    "Image of " + width + " x " + height + " with " + argb.length + " pixels");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        Path temp = TempFiles.beside(target);
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IllegalStateException("No PNG writer in this runtime");
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }
}
