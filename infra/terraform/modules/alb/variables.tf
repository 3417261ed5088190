variable "name" {
  description = "Environment name: the load balancer's, target groups' and WAF's names."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the load balancer and its target groups."
  type        = string
}

variable "vpc_cidr_block" {
  description = "The VPC's range: the load balancer may reach tasks there only."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets (two zones at least) the load balancer listens in."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate for the HTTPS listener (the API's and web app's host names)."
  type        = string
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer."
  type        = bool
}

variable "waf_requests_per_5_minutes" {
  description = "Requests one client address may make in 5 minutes before the WAF blocks it."
  type        = number
}

variable "log_retention_days" {
  description = "Days access logs and WAF logs are kept."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key for the WAF log group."
  type        = string
}
