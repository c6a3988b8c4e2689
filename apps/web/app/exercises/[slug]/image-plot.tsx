'use client';

import { useEffect, useMemo, useRef } from 'react';
import { imagePixels, imageScale } from '../../../lib/plot-image';

/**
 * An 'image' plot drawn pixel-exact on a canvas (one canvas pixel per image pixel) and
 * enlarged by a whole factor without smoothing, so that every pixel stays a sharp square.
 */
export function ImagePlot({ image, emptyText }: { image: number[][][]; emptyText: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pixels = useMemo(() => imagePixels(image), [image]);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !pixels) return;
    context.putImageData(new ImageData(pixels.data, pixels.width, pixels.height), 0, 0);
  }, [pixels]);
  if (!pixels) return <p className="plot-empty">{emptyText}</p>;
  const scale = imageScale(pixels.width, pixels.height);
  return (
    <canvas ref={canvas} width={pixels.width} height={pixels.height} className="plot-image" data-testid="plot-image"
      style={{ width: pixels.width * scale, height: pixels.height * scale }}
      aria-label={`${pixels.width} × ${pixels.height}`} role="img" />
  );
}
