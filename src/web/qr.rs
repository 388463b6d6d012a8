//! Check-in codes as QR codes: drawn on the server as SVG (no outside service, no script), and
//! read back from a photo the door's phone takes through a plain file input.

use qrcode::QrCode;
use qrcode::render::svg;

/// Photos wider or taller than this are scaled down before the search: a phone's 12
/// megapixels hold a code of a few hundred pixels, and the search time grows with the area.
const LARGEST_SIDE: u32 = 1_600;

/// `text` as an SVG QR code (without the XML prolog, to sit inside a page), or `None` when it
/// is too long for one.
pub fn svg_of(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(180, 180)
        .quiet_zone(true)
        .build();
    Some(match image.find("<svg") {
        Some(start) => image[start..].to_owned(),
        None => image,
    })
}

/// `text` as a PNG QR code, `scale` pixels a module on a four-module white margin (for mails,
/// whose readers do not show SVG), or `None` when it is too long for one.
pub fn png_of(text: &str, scale: u32) -> Option<Vec<u8>> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let modules = u32::try_from(code.width()).ok()?;
    let colors = code.to_colors();
    let side = (modules + 8) * scale;
    let picture = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
        let dark = mx < modules
            && my < modules
            && usize::try_from(my * modules + mx)
                .ok()
                .and_then(|i| colors.get(i))
                == Some(&qrcode::Color::Dark);
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut bytes = Vec::new();
    image::DynamicImage::ImageLuma8(picture)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .ok()?;
    Some(bytes)
}

/// The text of the first QR code found in the photo `bytes` (PNG or JPEG), if any.
pub fn text_in_photo(bytes: &[u8]) -> Option<String> {
    let photo = image::load_from_memory(bytes).ok()?;
    let photo = if photo.width().max(photo.height()) > LARGEST_SIDE {
        photo.thumbnail(LARGEST_SIDE, LARGEST_SIDE)
    } else {
        photo
    };
    let grey = photo.to_luma8();
    let (width, height) = grey.dimensions();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        usize::try_from(width).ok()?,
        usize::try_from(height).ok()?,
        |x, y| {
            let (x, y) = (u32::try_from(x).unwrap_or(0), u32::try_from(y).unwrap_or(0));
            grey.get_pixel(x, y)[0]
        },
    );
    prepared
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageFormat, Luma};
    use std::io::Cursor;

    /// `text` as a photo of its QR code in `format`, `scale` pixels a module.
    pub(crate) fn photo_of(text: &str, scale: u32, format: ImageFormat) -> Vec<u8> {
        let png = png_of(text, scale).unwrap();
        if format == ImageFormat::Png {
            return png;
        }
        let mut bytes = Vec::new();
        image::load_from_memory(&png)
            .unwrap()
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        bytes
    }

    #[test]
    fn the_png_for_mails_reads_back() {
        let png = png_of("3F9A2C07B1", 6).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert_eq!(text_in_photo(&png).as_deref(), Some("3F9A2C07B1"));
    }

    #[test]
    fn a_code_drawn_is_a_code_read_back_from_a_png_or_a_jpeg_photo() {
        assert_eq!(
            text_in_photo(&photo_of("3F9A2C07B1", 8, ImageFormat::Png)).as_deref(),
            Some("3F9A2C07B1")
        );
        assert_eq!(
            text_in_photo(&photo_of("3F9A2C07B1", 12, ImageFormat::Jpeg)).as_deref(),
            Some("3F9A2C07B1")
        );
    }

    #[test]
    fn a_photo_larger_than_a_phone_s_is_scaled_and_still_read() {
        assert_eq!(
            text_in_photo(&photo_of("0123456789", 120, ImageFormat::Png)).as_deref(),
            Some("0123456789")
        );
    }

    #[test]
    fn no_code_and_no_picture_are_nothing_not_an_error() {
        let blank = {
            let mut bytes = Vec::new();
            image::DynamicImage::ImageLuma8(image::GrayImage::from_pixel(300, 200, Luma([255])))
                .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
                .unwrap();
            bytes
        };
        assert_eq!(text_in_photo(&blank), None);
        assert_eq!(text_in_photo(b"not a picture at all"), None);
        assert_eq!(text_in_photo(&[]), None);
    }

    #[test]
    fn the_svg_sits_in_a_page_without_a_prolog() {
        let svg = svg_of("3F9A2C07B1").unwrap();
        assert!(
            svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
            "{svg}"
        );
    }
}
