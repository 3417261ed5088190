variable "name" {
  description = "Repository name (the pipeline's ECR_REPOSITORY)."
  type        = string
}

variable "keep_images" {
  description = "How many images to keep (enough to roll back several releases)."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key the images are encrypted under."
  type        = string
}
