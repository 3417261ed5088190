variable "name" {
  description = "Environment name, prefixed to every resource name."
  type        = string
}

variable "cidr_block" {
  description = "The VPC's IPv4 range (a /16: each subnet is a /24 of it)."
  type        = string
}

variable "availability_zones" {
  description = "Availability zones to spread subnets over (at least 2: RDS Multi-AZ and the ALB need two)."
  type        = list(string)
  validation {
    condition     = length(var.availability_zones) >= 2
    error_message = "At least two availability zones."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper; a zone outage stops the tasks' egress) instead of one per zone."
  type        = bool
}

variable "log_retention_days" {
  description = "Days the VPC flow logs are kept."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the flow-log group."
  type        = string
}
