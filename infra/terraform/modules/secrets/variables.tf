variable "name" {
  description = "Environment name: every secret is named <name>/<secret>."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the secrets."
  type        = string
}

variable "recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once: only for throwaway environments)."
  type        = number
}

variable "redis_url" {
  description = "The rediss:// URL, auth token included, that the redis-url secret holds."
  type        = string
  sensitive   = true
}
