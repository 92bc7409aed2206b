package io.newsflow.schemas;

import java.io.ByteArrayOutputStream;

/**
 * A per-thread output buffer for {@link AvroSerde#serialize}, reused from record to record.
 *
 * <p>A fresh small buffer doubles its way up to each record's size: for a 185 KB page that is about ten
 * arrays and copies per record, and a 300 KB page ends in a 512 KiB array, a G1 humongous object with
 * a 1 GiB heap. Reused, the buffer reaches the size of the thread's large records once; each record then
 * costs its one exact-size copy. A buffer that grew past {@link #RETAINED_BYTES} is dropped after use,
 * so an occasional huge record does not pin its size per thread for good.
 */
final class EncodeBuffer extends ByteArrayOutputStream {
  /**
   * Largest buffer a thread keeps between records: pages of up to 2 MB (the bench's largest is 1.4 MB)
   * stay on the reused buffer; eight fetch threads then hold at most 16 MiB.
   */
  static final int RETAINED_BYTES = 2 * 1024 * 1024;
  private static final int INITIAL_BYTES = 16 * 1024;
  private static final ThreadLocal<EncodeBuffer> PER_THREAD = ThreadLocal.withInitial(EncodeBuffer::new);

  private boolean inUse;

  private EncodeBuffer() {
    super(INITIAL_BYTES);
  }

  /**
   * This thread's buffer, emptied; a fresh one when the thread's buffer is already in use (a serializer
   * called from inside another serialization). Give it back with {@link #release()}.
   */
  static EncodeBuffer forThisThread() {
    EncodeBuffer b = PER_THREAD.get();
    if (b.inUse) {
      return new EncodeBuffer();
    }
    b.inUse = true;
    b.reset();
    return b;
  }

  int capacity() {
    return buf.length;
  }

  void release() {
    inUse = false;
    if (buf.length > RETAINED_BYTES && PER_THREAD.get() == this) {
      PER_THREAD.remove();
    }
  }
}
