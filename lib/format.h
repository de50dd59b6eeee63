/* Constants of the model file format; models/FORMAT.md is the normative description. */
#ifndef STANCE_FORMAT_H
#define STANCE_FORMAT_H

#include <stdint.h>

#define STANCE_MAGIC "STNC"
#define STANCE_HEADER_LEN 32u
#define STANCE_SECTION_HEADER_LEN 16u
#define STANCE_CHECKSUM_LEN 4u

#define STANCE_TAG(a, b, c, d) \
    ((uint32_t)(a) | ((uint32_t)(b) << 8) | ((uint32_t)(c) << 16) | ((uint32_t)(d) << 24))
#define STANCE_TAG_ANLZ STANCE_TAG('A', 'N', 'L', 'Z') /* analyzer settings */
#define STANCE_TAG_NBAY STANCE_TAG('N', 'B', 'A', 'Y') /* naive-Bayes settings */
#define STANCE_TAG_LABL STANCE_TAG('L', 'A', 'B', 'L') /* labels and statement counts */
#define STANCE_TAG_FEAT STANCE_TAG('F', 'E', 'A', 'T') /* features and their counts */
#define STANCE_TAG_META STANCE_TAG('M', 'E', 'T', 'A') /* training metadata */
#define STANCE_TAG_CALB STANCE_TAG('C', 'A', 'L', 'B') /* probability calibration */
#define STANCE_TAG_BIAS STANCE_TAG('B', 'I', 'A', 'S') /* label decision biases (format 1.1) */

#define STANCE_SECTION_REQUIRED 0x1u
#define STANCE_CALIBRATION_TEMPERATURE 1u

/* Header flag bits 0-15 must be zero (a reader that does not know one must refuse the file);
 * bits 16-31 may be ignored. */
#define STANCE_HEADER_FLAGS_RESERVED 0x0000FFFFu

#define STANCE_MAX_VERSION_BYTES 32u

#endif
